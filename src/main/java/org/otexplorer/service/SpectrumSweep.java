package org.otexplorer.service;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.otexplorer.derivatives.HMatrix;
import org.otexplorer.derivatives.UnitCircleSpectrum;
import org.otexplorer.engine.SolverFactory;
import org.otexplorer.engine.SolverMonitor;
import org.otexplorer.engine.TransportProblem;
import org.otexplorer.io.DataSpec;
import org.otexplorer.io.Scenario;

/**
 * How the H-matrix conditioning of the scenario's own data moves with ε or with the number of points N: at
 * each grid value the scenario is solved again (the same generator, seed and method) and H's smallest
 * positive eigenvalue λ₂ₙ₋₁ and condition number λ_max/λ₂ₙ₋₁ are measured; beside them stand the closed
 * forms for N equally spaced points on the unit circle at the same relative ε (math.md §10, differentiation
 * paper Example 12; the circle's mean cost is 2, so its absolute ε is 2·ε_rel). On the unit-circle sample the
 * two coincide.
 *
 * @param variable               {@link #EPSILON} (x = relative ε) or {@link #SIZE} (x = N)
 * @param values                 the grid, ascending
 * @param smallestPositive       measured λ₂ₙ₋₁ at each grid value
 * @param conditionNumber        measured condition number
 * @param circleSmallestPositive closed-form λ₂ₙ₋₁ on the unit circle
 * @param circleConditionNumber  closed-form condition number on the unit circle
 */
public record SpectrumSweep(String variable, double[] values, double[] smallestPositive, double[] conditionNumber,
                            double[] circleSmallestPositive, double[] circleConditionNumber) {
    /** Sweep over the relative ε at the scenario's N. */
    public static final String EPSILON = "epsilon";
    /** Sweep over N at the scenario's relative ε. */
    public static final String SIZE = "size";
    private static final int EPSILON_POINTS = 13;
    private static final double CIRCLE_MEAN_COST = 2.0;

    /**
     * Computes a sweep on the calling thread ({@link SweepAnalysis} runs it in the background).
     *
     * @param monitor polled between grid points and by every solve; once cancelled the sweep ends early with what
     *                it has
     * @throws IllegalArgumentException for a non-entropic method, data too large for a dense spectrum, or a sweep over N
     *                                  of points written in the scenario (they have one size)
     */
    public static SpectrumSweep compute(Scenario scenario, Path base, String variable, SolverMonitor monitor) {
        if (!SolverFactory.create(scenario.engine().method()).isEntropic()) {
            throw new IllegalArgumentException("the sweep needs an entropic method; this scenario uses "
                    + scenario.engine().method());
        }
        TransportRun run = new TransportRun();
        TransportProblem problem = run.problemFor(scenario, base);
        double relative = scenario.engine().absoluteEpsilon(problem) / problem.meanCost();
        if (!EPSILON.equals(variable) && !SIZE.equals(variable)) {
            throw new IllegalArgumentException("sweep variable must be '" + EPSILON + "' or '" + SIZE + "'");
        }
        if (SIZE.equals(variable) && scenario.data().points() != null) {
            throw new IllegalArgumentException("the sweep over N draws data of each size from a generator; these"
                    + " points were edited by hand and have no other sizes (sweep over ε instead)");
        }
        List<double[]> rows = new ArrayList<>();
        if (EPSILON.equals(variable)) {
            requireSpectrumSize(problem.n(), problem.m());
            double[] grid = SpectrumAnalysis.logGrid(Math.max(1e-3, relative / 30), Math.min(10, relative * 30),
                    EPSILON_POINTS);
            // Largest ε first, so each solve warm-starts from a smoother plan.
            for (int k = grid.length - 1; k >= 0 && !monitor.isCancelled(); k--) {
                Scenario s = scenario.withEngine(scenario.engine().withEpsilon(grid[k], true));
                rows.add(0, measure(run, s, base, grid[k], problem.n(), circleEpsilon(grid[k]), monitor));
            }
        } else {
            DataSpec data = scenario.data();
            for (int size : sizes(data.n())) {
                if (monitor.isCancelled()) {
                    break;
                }
                int m = Math.max(2, (int) Math.round((double) size * data.m() / data.n()));
                requireSpectrumSize(size, m);
                Scenario s = scenario.withData(data.withSizes(size, m, data.d()))
                        .withEngine(scenario.engine().withEpsilon(relative, true));
                rows.add(measure(new TransportRun(), s, base, size, size, circleEpsilon(relative), monitor));
            }
        }
        return new SpectrumSweep(variable, column(rows, 0), column(rows, 1), column(rows, 2), column(rows, 3),
                column(rows, 4));
    }

    /** The absolute ε on the unit circle (mean cost 2) for a relative ε. */
    private static double circleEpsilon(double epsilonRelative) {
        return CIRCLE_MEAN_COST * epsilonRelative;
    }

    private static double[] measure(TransportRun run, Scenario s, Path base, double x, int circleN,
                                    double circleEpsilon, SolverMonitor monitor) {
        TransportRun.Solved solved = run.solve(s, base, monitor);
        HMatrix h = HMatrix.of(solved.result().plan());
        int n = Math.max(2, circleN);
        return new double[] {x, h.smallestPositiveEigenvalue(), h.conditionNumber(),
            UnitCircleSpectrum.smallestPositiveEigenvalue(n, circleEpsilon),
            UnitCircleSpectrum.conditionNumber(n, circleEpsilon)};
    }

    /** 8, 16, 32, … up to n and the spectrum's size limit, and n itself. */
    static List<Integer> sizes(int n) {
        int limit = Math.min(n, SpectrumAnalysis.MAX_SPECTRUM_SIZE / 2);
        List<Integer> sizes = new ArrayList<>();
        for (int size = 8; size < limit; size *= 2) {
            sizes.add(size);
        }
        sizes.add(limit);
        return sizes;
    }

    private static void requireSpectrumSize(int n, int m) {
        if (n + m > SpectrumAnalysis.MAX_SPECTRUM_SIZE) {
            throw new IllegalArgumentException("the sweep needs N + M ≤ " + SpectrumAnalysis.MAX_SPECTRUM_SIZE
                    + " for a dense spectrum, got " + (n + m));
        }
    }

    private static double[] column(List<double[]> rows, int k) {
        return rows.stream().mapToDouble(r -> r[k]).toArray();
    }
}
