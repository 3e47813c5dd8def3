package org.otexplorer.ui.permutation;

import java.util.ArrayList;
import java.util.List;

/** A matrix as the lab's text box writes it: one row per line (or separated by ';'), entries by spaces or commas. */
final class MatrixText {
    private MatrixText() {
    }

    /**
     * Reads a matrix; rows may differ in length here (the normalisation rejects that with its own message).
     *
     * @throws IllegalArgumentException naming the row and entry that is not a number, or for an empty text
     */
    static double[][] parse(String text) {
        List<double[]> rows = new ArrayList<>();
        String[] lines = text.strip().split("\\s*[;\\n]\\s*");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            String[] cells = lines[i].strip().split("[\\s,]+");
            double[] row = new double[cells.length];
            for (int j = 0; j < cells.length; j++) {
                try {
                    row[j] = Double.parseDouble(cells[j]);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("row " + i + ", entry " + j + " is not a number: '" + cells[j]
                            + "'", e);
                }
            }
            rows.add(row);
        }
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("the matrix is empty: type one row per line, e.g. '1 2' and '3 4'");
        }
        return rows.toArray(new double[0][]);
    }

    /** The text of a matrix: one row per line, entries separated by two spaces, every digit kept. */
    static String format(double[][] m) {
        StringBuilder b = new StringBuilder();
        for (double[] row : m) {
            for (int j = 0; j < row.length; j++) {
                double v = row[j];
                b.append(j == 0 ? "" : "  ").append(v == Math.rint(v) && Math.abs(v) < 1e15
                        ? Long.toString((long) v) : Double.toString(v));
            }
            b.append('\n');
        }
        return b.toString().strip();
    }
}
