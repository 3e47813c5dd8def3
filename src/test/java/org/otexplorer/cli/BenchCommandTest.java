package org.otexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class BenchCommandTest {
    @Test
    void quickBenchPrintsEveryRowWithPositiveFigures() {
        OtxRun run = OtxRun.of("bench", "--quick");
        assertEquals(0, run.exitCode(), run.err());
        for (String method : new String[] {"sinkhorn", "sinkhorn-log"}) {
            for (int n : new int[] {100, 200}) {
                assertPositiveRow(run.out(), method, n);
            }
        }
        for (String method : new String[] {"exact", "assignment"}) {
            for (int n : new int[] {50, 100}) {
                assertPositiveRow(run.out(), method, n);
            }
        }
        assertTrue(run.out().contains("30 iterations at n = m = 200 including the kernel"), run.out());
    }

    private static void assertPositiveRow(String table, String method, int n) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(method) + "\\s+" + n + "\\s+([0-9.]+)").matcher(table);
        assertTrue(m.find(), "no row for " + method + " at n = " + n + " in:\n" + table);
        assertTrue(Double.parseDouble(m.group(1)) > 0, method + " " + n);
    }
}
