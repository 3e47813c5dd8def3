package org.otexplorer.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * CSV in and out (DESIGN.md): one point per row, comma-separated numbers, an optional header row of
 * non-numbers. Every reading error names the file, the line and what is wrong, as an
 * {@link IllegalArgumentException}.
 */
public final class CsvFiles {
    private CsvFiles() {
    }

    /**
     * Reads a matrix: one row per line, all rows of equal length, every entry a finite number. A first
     * line that is not all numbers is taken as a header and skipped; blank lines are skipped.
     *
     * @param what what the file holds, for messages, e.g. "source points"
     */
    public static double[][] readMatrix(Path file, String what) {
        List<String> lines = readLines(file, what);
        List<double[]> rows = new ArrayList<>();
        int width = -1;
        boolean firstContentLine = true;
        for (int ln = 0; ln < lines.size(); ln++) {
            String line = lines.get(ln).strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] cells = line.split(",", -1);
            if (firstContentLine && isHeader(cells)) {
                firstContentLine = false;
                continue;
            }
            firstContentLine = false;
            double[] row = parseRow(cells, file, what, ln + 1);
            if (width >= 0 && row.length != width) {
                throw new IllegalArgumentException(what + " file " + file + ", line " + (ln + 1) + ": has "
                        + row.length + " values but earlier rows have " + width);
            }
            width = row.length;
            rows.add(row);
        }
        if (rows.isEmpty()) {
            throw new IllegalArgumentException(what + " file " + file + " has no data rows");
        }
        return rows.toArray(new double[0][]);
    }

    /** Reads a vector written either as one column or as one row. */
    public static double[] readVector(Path file, String what) {
        double[][] m = readMatrix(file, what);
        if (m.length == 1) {
            return m[0];
        }
        if (m[0].length != 1) {
            throw new IllegalArgumentException(what + " file " + file + " must hold one column or one row, but it has "
                    + m.length + " rows of " + m[0].length + " values");
        }
        double[] v = new double[m.length];
        for (int i = 0; i < m.length; i++) {
            v[i] = m[i][0];
        }
        return v;
    }

    /** Writes a matrix with an optional header (null for none), numbers at full double precision. */
    public static void writeMatrix(Path file, String[] header, double[][] rows) {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            if (header != null) {
                w.write(String.join(",", header));
                w.newLine();
            }
            for (double[] row : rows) {
                StringBuilder sb = new StringBuilder();
                for (int k = 0; k < row.length; k++) {
                    if (k > 0) {
                        sb.append(',');
                    }
                    sb.append(row[k]);
                }
                w.write(sb.toString());
                w.newLine();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private static List<String> readLines(Path file, String what) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(what + " file " + file + " does not exist or is not a file");
        }
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + what + " file " + file + ": " + e.getMessage(), e);
        }
    }

    private static boolean isHeader(String[] cells) {
        for (String c : cells) {
            String s = c.strip();
            if (!s.isEmpty() && !looksNumeric(s)) {
                return true;
            }
        }
        return false;
    }

    private static boolean looksNumeric(String s) {
        try {
            Double.parseDouble(s);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static double[] parseRow(String[] cells, Path file, String what, int lineNumber) {
        double[] row = new double[cells.length];
        for (int k = 0; k < cells.length; k++) {
            String s = cells[k].strip();
            double v;
            try {
                v = Double.parseDouble(s);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(what + " file " + file + ", line " + lineNumber + ", column "
                        + (k + 1) + ": '" + s + "' is not a number");
            }
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException(what + " file " + file + ", line " + lineNumber + ", column "
                        + (k + 1) + ": " + s + " is not a finite number");
            }
            row[k] = v;
        }
        return row;
    }
}
