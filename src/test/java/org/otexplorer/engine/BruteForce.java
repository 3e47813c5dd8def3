package org.otexplorer.engine;

/** Independent truth for tiny problems: enumerate every permutation (n ≤ 8). */
final class BruteForce {
    private BruteForce() {
    }

    /** min over permutations σ of Σ_i C_{iσ(i)}, for a square cost matrix. */
    static double optimalAssignmentCost(TransportProblem p) {
        int n = p.n();
        if (n != p.m() || n > 8) {
            throw new IllegalArgumentException("brute force needs a square problem with n <= 8");
        }
        int[] perm = new int[n];
        for (int i = 0; i < n; i++) {
            perm[i] = i;
        }
        double best = Double.POSITIVE_INFINITY;
        do {
            double s = 0;
            for (int i = 0; i < n; i++) {
                s += p.cost(i, perm[i]);
            }
            best = Math.min(best, s);
        } while (nextPermutation(perm));
        return best;
    }

    private static boolean nextPermutation(int[] a) {
        int i = a.length - 2;
        while (i >= 0 && a[i] >= a[i + 1]) {
            i--;
        }
        if (i < 0) {
            return false;
        }
        int j = a.length - 1;
        while (a[j] <= a[i]) {
            j--;
        }
        int t = a[i];
        a[i] = a[j];
        a[j] = t;
        for (int l = i + 1, r = a.length - 1; l < r; l++, r--) {
            t = a[l];
            a[l] = a[r];
            a[r] = t;
        }
        return true;
    }
}
