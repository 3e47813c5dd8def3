package org.otexplorer.ui.charts;

/**
 * A plan's cells as the heatmap's texels, top row first (chart-fx's grid rows run bottom up). A plan with more than
 * {@link #MAX_TEXELS} rows or columns is pooled in blocks of ⌈n / {@code MAX_TEXELS}⌉ cells per side, each texel
 * the block's largest entry — or, for signed values (a difference of plans), its entry of largest magnitude — so a
 * single heavy entry of a nearly sparse plan stays visible. No screen shows more than {@code MAX_TEXELS} texels
 * per side of a plan pane, and chart-fx colours every texel on the FX thread each time the plan changes: at
 * n = 1000 that was a million cells per frame of a drag.
 *
 * @param z the texels, {@code z[t]} the t-th texel row from the bottom (plan rows from the last one up)
 * @param block cells per texel side (1: not pooled)
 */
record PooledGrid(double[][] z, int block) {
    /** The most texels per side. */
    static final int MAX_TEXELS = 600;

    /**
     * Pools row-major {@code values} of {@code rows × columns}.
     *
     * @param signed the values have both signs: keep each block's entry of largest magnitude (else its largest)
     */
    static PooledGrid of(int rows, int columns, double[] values, boolean signed) {
        int block = block(rows, columns);
        int texelRows = ceilDiv(rows, block);
        int texelColumns = ceilDiv(columns, block);
        double[][] z = new double[texelRows][];
        if (block == 1) {
            for (int i = 0; i < rows; i++) {
                z[rows - 1 - i] = java.util.Arrays.copyOfRange(values, i * columns, (i + 1) * columns);
            }
            return new PooledGrid(z, 1);
        }
        for (int t = 0; t < texelRows; t++) {
            z[texelRows - 1 - t] = pooledRow(values, columns, t * block, Math.min(rows, (t + 1) * block), block,
                    texelColumns, signed);
        }
        return new PooledGrid(z, block);
    }

    private static double[] pooledRow(double[] values, int columns, int fromRow, int toRow, int block,
                                      int texelColumns, boolean signed) {
        double[] row = new double[texelColumns];
        java.util.Arrays.fill(row, signed ? 0 : Double.NEGATIVE_INFINITY);
        for (int i = fromRow; i < toRow; i++) {
            int offset = i * columns;
            for (int j = 0; j < columns; j++) {
                double v = values[offset + j];
                int t = j / block;
                if (signed ? Math.abs(v) > Math.abs(row[t]) : v > row[t]) {
                    row[t] = v;
                }
            }
        }
        return row;
    }

    /** Cells per texel side for a plan of {@code rows × columns}. */
    static int block(int rows, int columns) {
        return Math.max(ceilDiv(rows, MAX_TEXELS), ceilDiv(columns, MAX_TEXELS));
    }

    private static int ceilDiv(int a, int b) {
        return (a + b - 1) / b;
    }
}
