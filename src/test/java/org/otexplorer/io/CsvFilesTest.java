package org.otexplorer.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 13 §3: a header is a row of names, so no data row can vanish; bad cells are named. */
class CsvFilesTest {
    @TempDir
    Path dir;

    private Path file(String content) throws IOException {
        Path p = Files.createTempFile(dir, "data", ".csv");
        Files.write(p, content.getBytes(StandardCharsets.UTF_8));
        return p;
    }

    private void assertRejected(String content, String... fragments) throws IOException {
        Path p = file(content);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CsvFiles.readMatrix(p, "source points"));
        for (String fragment : fragments) {
            assertTrue(e.getMessage().contains(fragment), e.getMessage());
        }
        assertTrue(e.getMessage().contains(p.toString()), "names the file: " + e.getMessage());
    }

    @Test
    void aHeaderOfNamesIsSkippedAndEveryDataRowKept() throws IOException {
        assertArrayEquals(new double[][] {{1, 2}, {3, 4}}, CsvFiles.readMatrix(file("x,y\n1,2\n3,4\n"), "points"));
        assertArrayEquals(new double[][] {{1, 2}}, CsvFiles.readMatrix(file("\"x 1\", _y\n1,2\n"), "points"));
        assertArrayEquals(new double[][] {{1, 2}, {3, 4}}, CsvFiles.readMatrix(file("1,2\n\n3,4\n"), "points"));
    }

    @Test
    void aTypoInTheFirstRowIsAnErrorNotAHeader() throws IOException {
        assertRejected("1.0,2.O\n3,4\n", "line 1", "column 2", "'2.O' is not a number");
        assertRejected("x,2\n3,4\n", "line 1", "column 1", "'x'", "names only");
    }

    @Test
    void nonFiniteFirstRowsAreErrorsNotHeaders() throws IOException {
        assertRejected("inf,1.0\n3,4\n", "line 1", "column 1", "inf is not a finite number");
        assertRejected("NaN,Infinity\n3,4\n", "line 1", "not a finite number");
        Path weights = file("nan\n0.5\n0.5\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CsvFiles.readVector(weights, "source weights"));
        assertTrue(e.getMessage().contains("line 1") && e.getMessage().contains("nan is not a finite number"), e.getMessage());
    }

    @Test
    void aByteOrderMarkIsIgnoredAndLosesNoRow() throws IOException {
        assertArrayEquals(new double[][] {{1, 2}, {3, 4}}, CsvFiles.readMatrix(file("\uFEFF1,2\n3,4\n"), "points"));
        assertArrayEquals(new double[][] {{1, 2}}, CsvFiles.readMatrix(file("\uFEFFx,y\n1,2\n"), "points"));
    }

    @Test
    void anEmptyIndexColumnIsNamedNotSkipped() throws IOException {
        assertRejected(",x,y\n0,1,2\n", "line 1", "column 1", "'' is not a number");
    }

    @Test
    void everyFirstRowIsEitherAHeaderOfNamesOrAParsedRow() throws IOException {
        // No first line can vanish unless all its cells are names: the rows read are the data lines, always.
        String[] firstLines = {"1,2", "x,y", "-1,2e3", "+5,.5", "0x1p3,1", "a,b"};
        for (String first : firstLines) {
            double[][] m = CsvFiles.readMatrix(file(first + "\n7,8\n"), "points");
            boolean names = Character.isLetter(first.charAt(0));
            assertEquals(names ? 1 : 2, m.length, first);
            assertArrayEquals(new double[] {7, 8}, m[m.length - 1]);
        }
    }

    @Test
    void integerColumnsAreWrittenAsIntegersAndTheRestAtFullPrecision() throws IOException {
        Path p = dir.resolve("plan.csv");
        CsvFiles.writeMatrix(p, new String[] {"i", "j", "P"}, 2, new double[][] {{0, 3, 0.1}, {12, -4, 1.0}});
        assertEquals(java.util.List.of("i,j,P", "0,3,0.1", "12,-4,1.0"), Files.readAllLines(p));
        CsvFiles.writeMatrix(p, null, new double[][] {{3, 0.5}});
        assertEquals(java.util.List.of("3.0,0.5"), Files.readAllLines(p), "no integer columns: as before");
    }

    @Test
    void aNonIntegerInAnIntegerColumnIsRefusedAndNothingWritten() {
        Path p = dir.resolve("bad.csv");
        for (double bad : new double[] {2.5, Double.NaN, Double.POSITIVE_INFINITY, 1e300}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> CsvFiles.writeMatrix(p, null, 1, new double[][] {{1, 2}, {bad, 2}}));
            assertTrue(e.getMessage().contains("column 1"), e.getMessage());
            assertTrue(!Files.exists(p), "nothing written for " + bad);
        }
    }
}
