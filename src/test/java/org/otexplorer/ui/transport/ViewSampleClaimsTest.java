package org.otexplorer.ui.transport;

import static org.otexplorer.service.SampleClaims.holdsOnMostSeeds;
import static org.otexplorer.service.SampleClaims.problem;
import static org.otexplorer.service.SampleClaims.sample;
import static org.otexplorer.service.SampleClaims.solve;

import org.junit.jupiter.api.Test;
import org.otexplorer.engine.NetworkSimplexSolver;
import org.otexplorer.engine.TransportProblem;
import org.otexplorer.engine.TransportResult;
import org.otexplorer.io.Scenario;

/**
 * What the descriptions of the side-by-side and one-dimensional samples claim holds beyond their own seeds: each
 * claim on four other seeds, against independent truths (the prescribed weights; the quantile coupling, the
 * closed-form optimal plan of one-dimensional OT), and on at least three of them.
 */
class ViewSampleClaimsTest {
    @Test
    void balancedPaneSendsTheOutliersTheirFifthAndRobustPaneTakesAQuarterToThreeQuartersOfIt() {
        Scenario s = sample("side-by-side-balanced-vs-robust");
        int outliers = (int) Math.floor(s.data().outlierFraction() * s.data().m());
        double prescribed = outliers / (double) s.data().m();
        holdsOnMostSeeds("A sends the outliers their fifth, B between a quarter and three quarters of it, A − B is"
                + " positive on most outlier columns; pale blue (between 2 % and half the largest |A − B|) on ten times as many"
                + " cells as are deep blue; the inlier columns' gains at least half the column strip's height", seed -> {
            TransportProblem p = problem(s, seed);
            TransportResult balanced = solve(p, s.engine());
            double[] a = balanced.plan().columnSums();
            TransportResult robust = solve(p, SplitSection.engineB(s));
            double[] b = robust.plan().columnSums();
            double largestCell = 0;
            for (int i = 0; i < p.n(); i++) {
                for (int j = 0; j < p.m(); j++) {
                    largestCell = Math.max(largestCell, Math.abs(balanced.plan().get(i, j) - robust.plan().get(i, j)));
                }
            }
            int strongRed = 0;
            int strongBlue = 0;
            int paleBlue = 0;
            for (int i = 0; i < p.n(); i++) {
                for (int j = 0; j < p.m(); j++) {
                    double d = (balanced.plan().get(i, j) - robust.plan().get(i, j)) / largestCell;
                    strongRed += d > 0.5 ? 1 : 0;
                    strongBlue += d < -0.5 ? 1 : 0;
                    paleBlue += d < -0.02 && d >= -0.5 ? 1 : 0;
                }
            }
            double outlierStrip = 0;
            double inlierStrip = 0;
            for (int j = 0; j < p.m(); j++) {
                if (j < outliers) {
                    outlierStrip = Math.max(outlierStrip, Math.abs(a[j] - b[j]));
                } else {
                    inlierStrip = Math.max(inlierStrip, Math.abs(a[j] - b[j]));
                }
            }
            boolean faintBlue = paleBlue > 10 * strongBlue;
            boolean stripPeaks = inlierStrip >= 0.5 * Math.max(inlierStrip, outlierStrip);
            double massA = 0;
            double massB = 0;
            int red = 0;
            for (int j = 0; j < outliers; j++) {
                massA += a[j];
                massB += b[j];
                red += a[j] > b[j] ? 1 : 0;
            }
            boolean redOnOutliers = red > outliers / 2;
            boolean blueSomewhere = false;
            for (int j = outliers; j < p.m(); j++) {
                blueSomewhere |= b[j] > a[j];
            }
            return robust.converged() && Math.abs(massA - prescribed) < 1e-6 && massB > 0.25 * prescribed
                    && massB < 0.75 * prescribed && redOnOutliers && blueSomewhere && faintBlue && stripPeaks;
        });
    }

    @Test
    void oneDimensionalPlanLiesOnTheQuantileStaircaseAndBlursIntoABandAsEpsilonGrows() {
        Scenario s = sample("one-dimensional-plan-with-histograms");
        holdsOnMostSeeds("the exact plan is the monotone quantile coupling, the sample's plan puts at least 90 %"
                + " of its mass on it or next to it, and 10ε less", seed -> {
            TransportProblem p = problem(s, seed);
            double[] x = column(p.sourcePoints());
            double[] y = column(p.targetPoints());
            int[] rows = PlanDisplay.byPosition(p.sourcePoints());
            int[] columns = PlanDisplay.byPosition(p.targetPoints());
            double[][] staircase = quantileCoupling(p.n(), p.m());
            TransportResult exact = solve(p, s.engine().withMethod(NetworkSimplexSolver.ID));
            double exactCost = exact.plan().transportCost(p);
            double staircaseCost = 0;
            for (int i = 0; i < p.n(); i++) {
                for (int j = 0; j < p.m(); j++) {
                    double d = x[rows[i]] - y[columns[j]];
                    staircaseCost += staircase[i][j] * d * d;
                }
            }
            double near = massNear(solve(p, s.engine()), staircase, rows, columns);
            double blurred = massNear(solve(p, s.engine().withEpsilonValue(10 * s.engine().epsilon().value())),
                    staircase, rows, columns);
            return Math.abs(exactCost - staircaseCost) < 1e-9 * Math.max(1, exactCost) && near > 0.9
                    && blurred < near;
        });
    }

    /** The north-west corner rule on uniform weights: the optimal plan of 1-D OT between sorted points. */
    private static double[][] quantileCoupling(int n, int m) {
        double[][] plan = new double[n][m];
        double left = 1.0 / n;
        double right = 1.0 / m;
        int i = 0;
        int j = 0;
        while (i < n && j < m) {
            double t = Math.min(left, right);
            plan[i][j] += t;
            left -= t;
            right -= t;
            if (left <= 1e-15) {
                i++;
                left = 1.0 / n;
            }
            if (right <= 1e-15) {
                j++;
                right = 1.0 / m;
            }
        }
        return plan;
    }

    /** Mass of a plan (original indices) on the staircase's cells and their eight neighbours (sorted indices). */
    private static double massNear(TransportResult r, double[][] staircase, int[] rows, int[] columns) {
        double mass = 0;
        for (int i = 0; i < rows.length; i++) {
            for (int j = 0; j < columns.length; j++) {
                if (nearStaircase(staircase, i, j)) {
                    mass += r.plan().get(rows[i], columns[j]);
                }
            }
        }
        return mass;
    }

    private static boolean nearStaircase(double[][] staircase, int i, int j) {
        for (int di = -1; di <= 1; di++) {
            for (int dj = -1; dj <= 1; dj++) {
                int a = i + di;
                int b = j + dj;
                if (a >= 0 && a < staircase.length && b >= 0 && b < staircase[0].length && staircase[a][b] > 0) {
                    return true;
                }
            }
        }
        return false;
    }

    private static double[] column(double[][] points) {
        double[] out = new double[points.length];
        for (int k = 0; k < points.length; k++) {
            out[k] = points[k][0];
        }
        return out;
    }
}
