package org.otexplorer.cli;

import java.io.PrintWriter;
import java.util.function.Supplier;
import org.otexplorer.derivatives.EntropicDerivatives;
import org.otexplorer.derivatives.HMatrix;
import org.otexplorer.derivatives.NullSpaceHandling;
import org.otexplorer.derivatives.UnitCircleSpectrum;
import org.otexplorer.derivatives.UnrolledSinkhornGradient;
import org.otexplorer.engine.LogDomainSinkhornSolver;
import org.otexplorer.engine.PointClouds;
import org.otexplorer.engine.SolverSettings;
import org.otexplorer.engine.TransportProblem;
import org.otexplorer.engine.TransportResult;

/**
 * {@code otx bench --derivatives}: the differentiation paper's experiments in numbers (math.md §9, §10).
 * (i) Hessian accuracy (the §5.4 marginal error) and success rate (error < 0.1) over seeds for the
 * analytic Hessian with truncation (τ = 1e-10), without regularisation (LU on the singular H),
 * unrolled (finite differences of the reverse-mode gradient through the Sinkhorn iterations) and, for
 * comparison, our default (exact pseudo-inverse by deflation, truncation where H splits), Y = X
 * uniform in the unit square, Sinkhorn as OTT runs it for the authors (threshold 0.01/N^0.33, error checked
 * every 10 iterations, so L is a multiple of 10); (ii) time and working memory of each method (memory from
 * a model of the arrays each one holds at its peak, not measured); (iii) λ_{2N−1} on the unit circle against
 * ε and N next to the closed form.
 */
final class DerivativesStudy {
    private static final double[] SCALES = {5e-3, 5e-2, 5e-1};
    private final PrintWriter out;
    private final boolean quick;

    DerivativesStudy(PrintWriter out, boolean quick) {
        this.out = out;
        this.quick = quick;
    }

    void run() {
        out.printf("Derivatives study (%d cores, load average %s)%n", Runtime.getRuntime().availableProcessors(),
                EngineBenchmark.loadAverage());
        accuracy();
        timing();
        circleSpectrum();
        out.flush();
    }

    private void accuracy() {
        int seeds = quick ? 2 : 10;
        out.printf("%n(i) Hessian marginal error ||E||_F, mean over the runs that finished, and success rate (finished and "
                + "error < 0.1) over %d seeds; Y = X uniform in [0,1]^2%n", seeds);
        out.printf("%5s %8s %6s | %-22s | %-22s | %-22s | %-22s%n", "N", "eps/mC", "L", "analytic, tau=1e-10",
                "analytic, no reg (LU)", "unrolled (FD of reverse)", "analytic, default (*)");
        for (int n : quick ? new int[] {10, 20} : new int[] {10, 20, 40, 80}) {
            for (double scale : SCALES) {
                double[][] sums = new double[4][3];
                int maxIterations = 0;
                for (int seed = 0; seed < seeds; seed++) {
                    double[][] x = PointClouds.uniformSquare(n, seed);
                    TransportProblem p = TransportProblem.fromPoints(x, x);
                    double eps = scale * p.meanCost();
                    TransportResult r = authorsSinkhorn(p, eps, 0.01);
                    maxIterations = Math.max(maxIterations, r.iterations());
                    EntropicDerivatives der = EntropicDerivatives.of(p, r);
                    record(sums[0], der.hessianMarginalError(der.hessian(NullSpaceHandling.TRUNCATED_EIGEN, 1e-10)));
                    record(sums[1], plainLuError(der));
                    record(sums[2], der.hessianMarginalError(
                            UnrolledSinkhornGradient.hessianByFiniteDifferences(p, eps, r.iterations(), 1e-5)));
                    record(sums[3], der.hessianMarginalError(der.hessian()));
                }
                out.printf("%5d %8.0e %6d | %s | %s | %s | %s%n", n, scale, maxIterations, cell(sums[0], seeds),
                        cell(sums[1], seeds), cell(sums[2], seeds), cell(sums[3], seeds));
            }
        }
        out.printf("(*) exact pseudo-inverse by deflation; where H splits into blocks (a second zero eigenvalue) it "
                + "falls back to truncation at tau = 1e-10%n");
    }

    /** The no-regularisation baseline's marginal error, or NaN when its LU solve broke down (a failed run). */
    private static double plainLuError(EntropicDerivatives der) {
        try {
            return der.hessianMarginalError(der.hessian(NullSpaceHandling.PLAIN_LU));
        } catch (ArithmeticException e) {
            return Double.NaN;
        }
    }

    private void timing() {
        out.printf("%n(ii) Hessian time (s) and working memory (MB, model of the arrays held at the peak, plan "
                + "included); eps = 0.05 x mean C, Y = X, Sinkhorn threshold 0.05/N^0.33; last column: one "
                + "Hessian-vector product%n");
        out.printf("%5s %4s | %-20s | %-20s | %-20s | %-20s | %-20s%n", "N", "L", "analytic (deflation)",
                "analytic (eigen)", "no reg (LU)", "unrolled (FD)", "HVP (CG, exact)");
        int[] sizes = quick ? new int[] {20, 40} : new int[] {50, 100, 200, 400, 800, 1600};
        int denseLimit = quick ? 40 : 400;
        for (int n : sizes) {
            double[][] x = PointClouds.uniformSquare(n, 1);
            TransportProblem p = TransportProblem.fromPoints(x, x);
            double eps = 0.05 * p.meanCost();
            TransportResult r = authorsSinkhorn(p, eps, 0.05);
            long nd = 2L * n;
            long size = 2L * n;
            long plan = (long) n * n;
            // Arrays held at the peak: the plan, H or its Schur complement and factors, R or B and its solve, the Hessian;
            // deflation: the Cholesky factor and its transpose, B solved in place, the product's rows and the result.
            double deflationMb = 8e-6 * (plan + 2L * n * n + n * nd + 2 * nd * nd);
            double eigenMb = 8e-6 * (plan + 3 * size * size + 2 * size * nd + nd * nd);
            double luMb = 8e-6 * (plan + 2 * size * size + 3 * size * nd + nd * nd);
            // A fresh derivatives object per call, so every timing includes its factorisation of H.
            String deflation = timed(() -> EntropicDerivatives.of(p, r).hessian(), deflationMb);
            String eigen = n <= denseLimit ? timed(() -> EntropicDerivatives.of(p, r)
                    .hessian(NullSpaceHandling.TRUNCATED_EIGEN), eigenMb) : "not run";
            String lu = n <= denseLimit ? timedOrFailed(() -> EntropicDerivatives.of(p, r)
                    .hessian(NullSpaceHandling.PLAIN_LU), luMb) : "not run";
            String unrolled = "not run";
            if (n <= denseLimit) {
                int iterations = r.iterations();
                double mb = (UnrolledSinkhornGradient.compute(p, eps, iterations).storedBytes() + 8.0 * nd * nd) / 1e6;
                unrolled = timed(() -> UnrolledSinkhornGradient.hessianByFiniteDifferences(p, eps, iterations, 1e-5), mb);
            }
            double[][] direction = PointClouds.gaussian(n, 2, 7);
            String hvp = timed(() -> EntropicDerivatives.of(p, r).hessianVectorProduct(direction),
                    8e-6 * (plan + 12L * n));
            out.printf("%5d %4d | %-20s | %-20s | %-20s | %-20s | %-20s%n", n, r.iterations(), deflation, eigen, lu,
                    unrolled, hvp);
            out.flush();
        }
    }

    private void circleSpectrum() {
        out.printf("%n(iii) Unit circle: smallest positive eigenvalue of H, numerical (Sinkhorn + eig) vs closed form%n");
        out.printf("%5s %10s %16s %16s %12s %14s %14s%n", "N", "eps/meanC", "numerical", "closed form", "rel. diff",
                "eps/(4N)", "nearest-nbr");
        int[] ns = quick ? new int[] {20} : new int[] {50, 150};
        double[] scales = quick ? new double[] {1e-2, 1e-1} : new double[] {1e-3, 3e-3, 1e-2, 3e-2, 1e-1};
        for (int n : ns) {
            for (double scale : scales) {
                circleRow(n, scale);
            }
        }
        for (int n : quick ? new int[] {10, 40} : new int[] {25, 100, 200, 400}) {
            circleRow(n, 1e-2);
        }
    }

    private void circleRow(int n, double scale) {
        double[][] circle = PointClouds.unitCircle(n);
        TransportProblem p = TransportProblem.fromPoints(circle, circle);
        double eps = scale * p.meanCost();
        TransportResult r = new LogDomainSinkhornSolver().solve(p, SolverSettings.defaults().withEpsilon(eps)
                .withTolerance(1e-14).withMaxIterations(100_000));
        double numeric = HMatrix.of(r.plan()).smallestPositiveEigenvalue();
        double closed = UnitCircleSpectrum.smallestPositiveEigenvalue(n, eps);
        out.printf("%5d %10.0e %16.9e %16.9e %12.2e %14.6e %14.6e%n", n, scale, numeric, closed,
                Math.abs(numeric - closed) / closed, UnitCircleSpectrum.continuumApproximation(n, eps),
                UnitCircleSpectrum.nearestNeighbourApproximation(n, eps));
    }

    /**
     * Log-domain Sinkhorn as OTT runs it for the authors (math.md §2.1): threshold {@code base/N^0.33} on the
     * marginal error, checked every 10 iterations, so the plan is the iterate after the first multiple of 10
     * iterations that meets it.
     */
    private static TransportResult authorsSinkhorn(TransportProblem p, double eps, double base) {
        SolverSettings settings = SolverSettings.defaults().withEpsilon(eps);
        TransportResult first = new LogDomainSinkhornSolver().solve(p, settings
                .withTolerance(base / Math.pow(p.n(), 0.33)).withMaxIterations(200_000));
        int checked = (first.iterations() + 9) / 10 * 10;
        if (checked == first.iterations()) {
            return first;
        }
        return new LogDomainSinkhornSolver().solve(p, settings.withTolerance(0).withMaxIterations(checked));
    }

    private static void record(double[] sum, double error) {
        if (Double.isFinite(error)) {
            sum[0] += error;
            sum[2]++;
            if (error < 0.1) {
                sum[1]++;
            }
        }
    }

    /** Mean error over the runs that produced a finite Hessian (failed runs count against the success rate). */
    private static String cell(double[] sum, int seeds) {
        String mean = sum[2] == 0 ? "       n/a" : String.format("%10.3e", sum[0] / sum[2]);
        return String.format("%s  %5.0f%% ok  ", mean, 100 * sum[1] / seeds);
    }

    /** Time of one call after a warm-up call; calls slower than a second are timed once, without warm-up. */
    private static String timed(Supplier<?> work, double megabytes) {
        long t0 = System.nanoTime();
        work.get();
        double seconds = (System.nanoTime() - t0) * 1e-9;
        if (seconds < 1) {
            t0 = System.nanoTime();
            work.get();
            seconds = (System.nanoTime() - t0) * 1e-9;
        }
        return String.format("%8.4f s %7.1f MB", seconds, megabytes);
    }

    private static String timedOrFailed(Supplier<?> work, double megabytes) {
        try {
            return timed(work, megabytes);
        } catch (ArithmeticException e) {
            return "LU broke down";
        }
    }
}
