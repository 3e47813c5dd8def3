package org.otexplorer.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * CSV in and out (DESIGN.md): one point per row, comma-separated numbers, an optional header row of names.
 * Every reading error names the file, the line and what is wrong, as an {@link IllegalArgumentException}.
 *
 * <p>So that no data row can vanish, a header is a first line of <em>names only</em>: every cell starts with a
 * letter or an underscore (optionally inside double quotes) and is not a spelling of NaN or infinity. Any other
 * first line is data and must parse: a typo such as {@code 1.0,2.O}, a first row {@code inf,1.0}, a weight file
 * whose first line is {@code nan}, or a pandas index column left empty are errors that name the cell, not a
 * silently skipped header. A UTF-8 byte-order mark at the start of the file is ignored.
 */
public final class CsvFiles {
    private static final String BYTE_ORDER_MARK = "\uFEFF";

    private CsvFiles() {
    }

    /**
     * Reads a matrix: one row per line, all rows of equal length, every entry a finite number. A first
     * line of names only is a header and is skipped (class comment); blank lines are skipped.
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

    /**
     * Writes a matrix with an optional header (null for none), numbers at full double precision, whole or not at
     * all ({@link AtomicFiles}).
     */
    public static void writeMatrix(Path file, String[] header, double[][] rows) {
        writeMatrix(file, header, 0, rows);
    }

    /**
     * {@link #writeMatrix(Path, String[], double[][])} with the first {@code integerColumns} cells of every row
     * (indices, flags, counts) written as integers: {@code 3}, not {@code 3.0}.
     *
     * @throws IllegalArgumentException when such a cell is not an integer of magnitude below 2⁵³ (nothing is written)
     */
    public static void writeMatrix(Path file, String[] header, int integerColumns, double[][] rows) {
        for (double[] row : rows) {
            for (int k = 0; k < Math.min(integerColumns, row.length); k++) {
                if (!(Math.abs(row[k]) < 0x1p53) || row[k] != Math.rint(row[k])) {
                    throw new IllegalArgumentException("column " + (k + 1) + " of " + file + " holds integers, got "
                            + row[k]);
                }
            }
        }
        AtomicFiles.write(file, out -> {
            BufferedWriter w = new BufferedWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8));
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
                    if (k < integerColumns) {
                        sb.append((long) row[k]);
                    } else {
                        sb.append(row[k]);
                    }
                }
                w.write(sb.toString());
                w.newLine();
            }
            w.flush();
        });
    }

    private static List<String> readLines(Path file, String what) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(what + " file " + file + " does not exist or is not a file");
        }
        try {
            List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
            if (!lines.isEmpty() && lines.get(0).startsWith(BYTE_ORDER_MARK)) {
                lines.set(0, lines.get(0).substring(BYTE_ORDER_MARK.length()));
            }
            return lines;
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + what + " file " + file + ": " + e.getMessage(), e);
        }
    }

    /** Whether every cell is a name (class comment): only then is a first line a header. */
    private static boolean isHeader(String[] cells) {
        for (String c : cells) {
            if (!isName(unquoted(c.strip()))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isName(String s) {
        if (s.isEmpty() || !(Character.isLetter(s.charAt(0)) || s.charAt(0) == '_')) {
            return false;
        }
        return !isNonFiniteSpelling(s) && !looksNumeric(s);
    }

    /** NaN, inf, infinity in any case, with an optional sign: numbers gone wrong, not names. */
    private static boolean isNonFiniteSpelling(String s) {
        String t = s.startsWith("+") || s.startsWith("-") ? s.substring(1) : s;
        return t.equalsIgnoreCase("nan") || t.equalsIgnoreCase("inf") || t.equalsIgnoreCase("infinity");
    }

    private static String unquoted(String s) {
        return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1).strip() : s;
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
            if (isNonFiniteSpelling(s)) {
                throw new IllegalArgumentException(what + " file " + file + ", line " + lineNumber + ", column "
                        + (k + 1) + ": " + s + " is not a finite number");
            }
            try {
                v = Double.parseDouble(s);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(what + " file " + file + ", line " + lineNumber + ", column "
                        + (k + 1) + ": '" + s + "' is not a number"
                        + (lineNumber == 1 ? " (a header line must hold names only)" : ""));
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
