package org.otexplorer.cli;

import java.io.PrintWriter;
import org.ejml.data.DMatrixRMaj;
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
 * analytic Hessian with truncation (τ = 1e-10), without regularisation (LU on the singular H) and
 * unrolled (finite differences of the reverse-mode gradient through the Sinkhorn iterations), Y = X
 * uniform in the unit square, Sinkhorn threshold 0.01/N^0.33 as the authors; (ii) time and estimated
 * working memory of each method; (iii) λ_{2N−1} on the unit circle against ε and N next to the closed form.
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
        int unrolledMaxN = quick ? 10 : 20;
        out.printf("%n(i) Hessian marginal error, mean over %d seeds over finite runs (success = finite and < 0.1); Y = X uniform in [0,1]^2%n",
                seeds);
        out.printf("%5s %8s | %-22s | %-22s | %-22s%n", "N", "eps/mC", "analytic, tau=1e-10", "analytic, no reg (LU)",
                "unrolled (FD of reverse)");
        for (int n : quick ? new int[] {10, 20} : new int[] {10, 20, 40, 80}) {
            for (double scale : SCALES) {
                double[][] sums = new double[3][3];
                for (int seed = 0; seed < seeds; seed++) {
                    double[][] x = PointClouds.uniformSquare(n, seed);
                    TransportProblem p = TransportProblem.fromPoints(x, x);
                    double eps = scale * p.meanCost();
                    TransportResult r = authorsSinkhorn(p, eps, 0.01);
                    EntropicDerivatives der = EntropicDerivatives.of(p, r);
                    record(sums[0], der.hessianMarginalError(der.hessian(NullSpaceHandling.TRUNCATED_EIGEN, 1e-10)));
                    record(sums[1], der.hessianMarginalError(der.hessian(NullSpaceHandling.PLAIN_LU, 0)));
                    if (n <= unrolledMaxN) {
                        int iterations = Math.min(Math.max(r.iterations(), 1), 2000);
                        record(sums[2], der.hessianMarginalError(
                                UnrolledSinkhornGradient.hessianByFiniteDifferences(p, eps, iterations, 1e-5)));
                    }
                }
                out.printf("%5d %8.0e | %s | %s | %s%n", n, scale, cell(sums[0], seeds), cell(sums[1], seeds),
                        n <= unrolledMaxN ? cell(sums[2], seeds) : String.format("%-22s", "not run (N > " + unrolledMaxN + ")"));
            }
        }
    }

    private void timing() {
        out.printf("%n(ii) Hessian time (s) and estimated working memory (MB); eps = 0.05 x mean C, Y = X%n");
        out.printf("%5s | %-18s | %-18s | %-18s | %-18s%n", "N", "analytic (deflat.)", "analytic (eigen)",
                "no reg (LU)", "unrolled (FD)");
        int[] sizes = quick ? new int[] {20, 40} : new int[] {50, 100, 200, 400, 800, 1600};
        for (int n : sizes) {
            double[][] x = PointClouds.uniformSquare(n, 1);
            TransportProblem p = TransportProblem.fromPoints(x, x);
            double eps = 0.05 * p.meanCost();
            TransportResult r = authorsSinkhorn(p, eps, 0.05);
            EntropicDerivatives der = EntropicDerivatives.of(p, r);
            long nd = 2L * n;
            long size = 2L * n;
            double denseMb = 8.0 * (2 * size * nd + nd * nd + (long) n * n * 2) / 1e6;
            String deflation = timed(() -> der.hessian(), denseMb);
            String eigen = n <= (quick ? 40 : 400) ? timed(() -> der.hessian(NullSpaceHandling.TRUNCATED_EIGEN, 1e-10),
                    denseMb + 8.0 * 2 * size * size / 1e6) : "not run";
            String lu = n <= (quick ? 40 : 400) ? timed(() -> der.hessian(NullSpaceHandling.PLAIN_LU, 0),
                    denseMb + 8.0 * size * size / 1e6) : "not run";
            String unrolled = "not run";
            if (n <= (quick ? 20 : 200)) {
                int iterations = Math.max(r.iterations(), 1);
                double mb = (UnrolledSinkhornGradient.compute(p, eps, iterations).storedBytes() + 8.0 * nd * nd) / 1e6;
                unrolled = timed(() -> UnrolledSinkhornGradient.hessianByFiniteDifferences(p, eps, iterations, 1e-5), mb);
            }
            out.printf("%5d | %-18s | %-18s | %-18s | %-18s%n", n, deflation, eigen, lu, unrolled);
        }
    }

    private void circleSpectrum() {
        out.printf("%n(iii) Unit circle: smallest positive eigenvalue of H, numerical (Sinkhorn + eig) vs closed form%n");
        out.printf("%5s %10s %16s %16s %12s %14s%n", "N", "eps/meanC", "numerical", "closed form", "rel. diff", "eps/(4N)");
        int[] ns = quick ? new int[] {20} : new int[] {50, 150};
        double[] scales = quick ? new double[] {1e-2, 1e-1} : new double[] {1e-3, 3e-3, 1e-2, 3e-2, 1e-1};
        for (int n : ns) {
            for (double scale : scales) {
                circleRow(n, scale);
            }
        }
        for (int n : quick ? new int[] {10, 40} : new int[] {50, 100, 200, 400}) {
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
        out.printf("%5d %10.0e %16.9e %16.9e %12.2e %14.6e%n", n, scale, numeric, closed,
                Math.abs(numeric - closed) / closed, eps / (4 * n));
    }

    /** Log-domain Sinkhorn with the authors' threshold {@code base/N^0.33} (math.md §2.1). */
    private static TransportResult authorsSinkhorn(TransportProblem p, double eps, double base) {
        return new LogDomainSinkhornSolver().solve(p, SolverSettings.defaults().withEpsilon(eps)
                .withTolerance(base / Math.pow(p.n(), 0.33)).withMaxIterations(200_000));
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

    private static String timed(java.util.function.Supplier<DMatrixRMaj> work, double megabytes) {
        work.get();
        long t0 = System.nanoTime();
        work.get();
        return String.format("%7.3f s %7.1f MB", (System.nanoTime() - t0) * 1e-9, megabytes);
    }
}
