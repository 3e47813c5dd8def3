package org.otexplorer.io;

/** Range checks for scenario fields; each message names the field by its JSON path. */
final class Fields {
    private Fields() {
    }

    static void positive(String path, double v) {
        if (!(v > 0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException(path + " must be a finite number > 0, got " + v);
        }
    }

    /** Every value of a parameter map is a finite number. */
    static void finiteParameters(String path, java.util.Map<String, Double> parameters) {
        parameters.forEach((k, v) -> {
            if (v == null || !Double.isFinite(v)) {
                throw new IllegalArgumentException(path + ".parameters." + k + " must be a finite number, got " + v);
            }
        });
    }

    /** A parameter's value, or the fallback when it is absent. */
    static double parameter(java.util.Map<String, Double> parameters, String key, double fallback) {
        Double v = parameters.get(key);
        return v == null ? fallback : v;
    }

    static void nonNegative(String path, double v) {
        if (!(v >= 0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException(path + " must be a finite number >= 0, got " + v);
        }
    }

    static void fraction(String path, double v) {
        if (!(v >= 0 && v <= 1)) {
            throw new IllegalArgumentException(path + " must lie in [0, 1], got " + v);
        }
    }

    static void positive(String path, int v) {
        if (v <= 0) {
            throw new IllegalArgumentException(path + " must be > 0, got " + v);
        }
    }

    static void between(String path, int v, int lo, int hi) {
        if (v < lo || v > hi) {
            throw new IllegalArgumentException(path + " must be between " + lo + " and " + hi + ", got " + v);
        }
    }

    static void oneOf(String path, String v, java.util.Collection<String> allowed) {
        if (v == null || !allowed.contains(v)) {
            throw new IllegalArgumentException(path + " must be one of " + allowed + ", got " + (v == null ? "nothing" : "'" + v + "'"));
        }
    }
}
