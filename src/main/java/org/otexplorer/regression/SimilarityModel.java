package org.otexplorer.regression;

/**
 * The similarity transform of point-cloud registration (differentiation paper §6.2): rotation, isotropic scale
 * and translation, {@code f(u; Θ) = e^σ R u + t} for points u in 2-D or 3-D (as many responses as inputs).
 * In 3-D R = exp([ω]×) by Rodrigues' formula {@code R = I + (sin θ/θ)K + ((1 − cos θ)/θ²)K²}, K = [ω]×, θ = |ω|;
 * in 2-D R is the rotation by the angle φ. Θ has three rows: row 0 the rotation (ω in 3-D; [φ, 0] in 2-D),
 * row 1 the translation t, row 2 [σ, 0(, 0)]; the unused entries stay 0 (their gradient is 0).
 * The rotation derivative is Gallego and Yezzi's closed form
 * {@code ∂R/∂ω_i = (ω_i[ω]× + [ω × (I − R)e_i]×) R / θ²}, with its second-order series near ω = 0.
 */
public final class SimilarityModel extends NamedModel {
    public static final String ID = "similarity";

    public SimilarityModel() {
        super(ID, false);
    }
    /** Below this angle the series forms replace the closed forms (their error is then below 1e-10). */
    private static final double SMALL_ANGLE = 1e-5;



    @Override
    public int parameterRows(int inputWidth) {
        return 3;
    }

    @Override
    public void requireFits(int inputWidth, int responses) {
        if ((inputWidth != 2 && inputWidth != 3) || responses != inputWidth) {
            throw new IllegalArgumentException("the similarity model maps 2-D or 3-D points to points of the same"
                    + " dimension, got " + inputWidth + " input features and " + responses + " responses");
        }
    }

    @Override
    public double[] predict(double[] u, double[][] theta) {
        double[] v = multiply(rotation(theta), u);
        double scale = Math.exp(theta[2][0]);
        for (int t = 0; t < v.length; t++) {
            v[t] = scale * v[t] + theta[1][t];
        }
        return v;
    }

    @Override
    public void addGradient(double[] u, double[][] theta, double[] upstream, double[][] gradient) {
        double scale = Math.exp(theta[2][0]);
        double[][] r = rotation(theta);
        double[] v = multiply(r, u);
        for (int t = 0; t < upstream.length; t++) {
            gradient[1][t] += upstream[t];
            gradient[2][0] += scale * upstream[t] * v[t];
        }
        if (u.length == 2) {
            double phi = theta[0][0];
            double[] dv = {-Math.sin(phi) * u[0] - Math.cos(phi) * u[1], Math.cos(phi) * u[0] - Math.sin(phi) * u[1]};
            gradient[0][0] += scale * dot(upstream, dv);
            return;
        }
        for (int i = 0; i < 3; i++) {
            gradient[0][i] += scale * dot(upstream, multiply(rotationDerivative(theta[0], r, i), u));
        }
    }

    /** R of the parameters: 2×2 or 3×3. */
    static double[][] rotation(double[][] theta) {
        if (theta[0].length == 2) {
            double c = Math.cos(theta[0][0]);
            double s = Math.sin(theta[0][0]);
            return new double[][] {{c, -s}, {s, c}};
        }
        double[] w = theta[0];
        double angle = Math.sqrt(dot(w, w));
        double a;
        double b;
        if (angle < SMALL_ANGLE) {
            a = 1 - angle * angle / 6;
            b = 0.5 - angle * angle / 24;
        } else {
            a = Math.sin(angle) / angle;
            b = (1 - Math.cos(angle)) / (angle * angle);
        }
        double[][] k = cross(w);
        double[][] k2 = multiply(k, k);
        double[][] r = new double[3][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                r[i][j] = (i == j ? 1 : 0) + a * k[i][j] + b * k2[i][j];
            }
        }
        return r;
    }

    /** ∂R/∂ω_i (Gallego–Yezzi; near ω = 0: [e_i]× + ([ω]×[e_i]× + [e_i]×[ω]×)/2). */
    private static double[][] rotationDerivative(double[] w, double[][] r, int i) {
        double[] e = new double[3];
        e[i] = 1;
        double angle2 = dot(w, w);
        if (Math.sqrt(angle2) < SMALL_ANGLE) {
            double[][] ke = cross(e);
            double[][] kw = cross(w);
            double[][] a = multiply(kw, ke);
            double[][] b = multiply(ke, kw);
            double[][] out = new double[3][3];
            for (int p = 0; p < 3; p++) {
                for (int q = 0; q < 3; q++) {
                    out[p][q] = ke[p][q] + (a[p][q] + b[p][q]) / 2;
                }
            }
            return out;
        }
        double[] iMinusR = new double[3];
        for (int p = 0; p < 3; p++) {
            iMinusR[p] = e[p] - r[p][i];
        }
        double[][] first = cross(w);
        double[][] second = cross(crossProduct(w, iMinusR));
        double[][] sum = new double[3][3];
        for (int p = 0; p < 3; p++) {
            for (int q = 0; q < 3; q++) {
                sum[p][q] = (w[i] * first[p][q] + second[p][q]) / angle2;
            }
        }
        return multiply(sum, r);
    }

    /**
     * The similarity parameters of a linear map, {@code y = xᵀM} with M = sRᵀ (and an optional last offset row
     * t), or {@code null} when M is not a rotation times a positive scale (to 1e-8).
     */
    static double[][] fromLinear(double[][] linear, int inputWidth) {
        int k = inputWidth;
        if ((k != 2 && k != 3) || linear[0].length != k || (linear.length != k && linear.length != k + 1)) {
            return null;
        }
        double[][] m = new double[k][k];
        for (int p = 0; p < k; p++) {
            for (int q = 0; q < k; q++) {
                m[p][q] = linear[q][p];
            }
        }
        double det = k == 2 ? m[0][0] * m[1][1] - m[0][1] * m[1][0] : determinant3(m);
        if (!(det > 0)) {
            return null;
        }
        double scale = Math.pow(det, 1.0 / k);
        double[][] r = new double[k][k];
        for (int p = 0; p < k; p++) {
            for (int q = 0; q < k; q++) {
                r[p][q] = m[p][q] / scale;
            }
        }
        double[][] theta = pack(r, scale, linear.length == k + 1 ? linear[k] : new double[k]);
        double[][] check = rotation(theta);
        for (int p = 0; p < k; p++) {
            for (int q = 0; q < k; q++) {
                if (Math.abs(check[p][q] - r[p][q]) > 1e-8) {
                    return null;
                }
            }
        }
        return theta;
    }

    /** Θ of a rotation R, a scale s > 0 and a translation t, the rotation as ω with |ω| ≤ π (2-D: φ in (−π, π]). */
    static double[][] pack(double[][] r, double scale, double[] t) {
        int k = r.length;
        double[][] theta = new double[3][k];
        theta[0] = k == 2 ? new double[] {Math.atan2(r[1][0], r[0][0]), 0} : logarithm(r);
        theta[1] = t.clone();
        theta[2][0] = Math.log(scale);
        return theta;
    }

    /**
     * The same map with the rotation written canonically (|ω| ≤ π, 2-D angle in (−π, π]) and the unused entries
     * zero, so that parameter errors compare maps rather than their many equivalent parameter vectors.
     */
    @Override
    public double[][] canonical(double[][] theta) {
        return pack(rotation(theta), Math.exp(theta[2][0]), theta[1]);
    }

    /** ω with exp([ω]×) = R, θ = |ω| in [0, π]. */
    private static double[] logarithm(double[][] r) {
        double cos = Math.max(-1, Math.min(1, (r[0][0] + r[1][1] + r[2][2] - 1) / 2));
        double angle = Math.acos(cos);
        double[] vee = {r[2][1] - r[1][2], r[0][2] - r[2][0], r[1][0] - r[0][1]};
        if (angle < SMALL_ANGLE) {
            return new double[] {vee[0] / 2, vee[1] / 2, vee[2] / 2};
        }
        if (Math.PI - angle > 1e-6) {
            double f = angle / (2 * Math.sin(angle));
            return new double[] {vee[0] * f, vee[1] * f, vee[2] * f};
        }
        // θ ≈ π: the axis is the column of R + I with the largest norm, its sign fixed by vee.
        int best = 0;
        double bestNorm = -1;
        for (int c = 0; c < 3; c++) {
            double norm = Math.hypot(Math.hypot(r[0][c] + (c == 0 ? 1 : 0), r[1][c] + (c == 1 ? 1 : 0)),
                    r[2][c] + (c == 2 ? 1 : 0));
            if (norm > bestNorm) {
                bestNorm = norm;
                best = c;
            }
        }
        double[] axis = new double[3];
        for (int p = 0; p < 3; p++) {
            axis[p] = (r[p][best] + (p == best ? 1 : 0)) / bestNorm;
        }
        double sign = dot(axis, vee) < 0 ? -1 : 1;
        return new double[] {sign * angle * axis[0], sign * angle * axis[1], sign * angle * axis[2]};
    }

    private static double determinant3(double[][] m) {
        return m[0][0] * (m[1][1] * m[2][2] - m[1][2] * m[2][1]) - m[0][1] * (m[1][0] * m[2][2] - m[1][2] * m[2][0])
                + m[0][2] * (m[1][0] * m[2][1] - m[1][1] * m[2][0]);
    }

    private static double[][] cross(double[] w) {
        return new double[][] {{0, -w[2], w[1]}, {w[2], 0, -w[0]}, {-w[1], w[0], 0}};
    }

    private static double[] crossProduct(double[] a, double[] b) {
        return new double[] {a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]};
    }

    private static double[][] multiply(double[][] a, double[][] b) {
        int n = a.length;
        double[][] out = new double[n][b[0].length];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < b[0].length; j++) {
                for (int k = 0; k < b.length; k++) {
                    out[i][j] += a[i][k] * b[k][j];
                }
            }
        }
        return out;
    }

    private static double[] multiply(double[][] a, double[] u) {
        double[] out = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = dot(a[i], u);
        }
        return out;
    }

    private static double dot(double[] a, double[] b) {
        return a.length == 2 ? a[0] * b[0] + a[1] * b[1] : a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
    }
}
