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
        // The cold analytic Hessian: otx derivatives in fresh JVMs, command and reported seconds both positive.
        for (String jvm : new String[] {"default (C1 + C2)", "C1 only (-XX:TieredStopAtLevel=1)"}) {
            Matcher m = Pattern.compile("(?m)^" + Pattern.quote(jvm) + "\\s+([0-9.]+)\\s+([0-9.]+)\\s+\\(load [0-9.]+ ")
                    .matcher(run.out());
            assertTrue(m.find(), "no row for " + jvm + " in:\n" + run.out());
            assertTrue(Double.parseDouble(m.group(1)) > Double.parseDouble(m.group(2)) && Double.parseDouble(m.group(2)) > 0,
                    "the command takes longer than the part it reports: " + m.group());
        }
    }

    @Test
    void hessianAlonePrintsTheColdAndWarmRowsWithCpuAndLoad() {
        OtxRun run = OtxRun.of("bench", "--hessian", "--quick");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("Analytic Hessian, N = 100"), run.out());
        assertTrue(!run.out().contains("ms/iteration"), "no Sinkhorn table: " + run.out());
        assertTrue(Pattern.compile("(?m)^default \\(C1 \\+ C2\\)\\s+[0-9.]+\\s+[0-9.]+\\s+\\(load [0-9.]+ [0-9.]+ [0-9.]+\\)$")
                .matcher(run.out()).find(), run.out());
        String[][] rows = {
            {"this JVM, first gradients + Hessian", "process CPU"},
            {"this JVM, warm (best of 5 after one more)", "CPU"},
            {"this JVM, warm, one thread (best of 5)", "CPU"},
        };
        for (String[] row : rows) {
            Matcher m = Pattern.compile("(?m)^" + Pattern.quote(row[0]) + "\\s+([0-9.]+)\\s+\\(" + row[1]
                    + " ([0-9.]+) s, [^;]+; load [0-9.]+ [0-9.]+ [0-9.]+\\)$").matcher(run.out());
            assertTrue(m.find(), "no row " + row[0] + " in:\n" + run.out());
            assertTrue(Double.parseDouble(m.group(1)) > 0, m.group());
            // The warm rows' CPU is the Java threads' own, to the nanosecond (the process figure ticks by 10 ms).
            assertTrue(row[1].equals("process CPU") || Double.parseDouble(m.group(2)) > 0, m.group());
        }
    }

    private static void assertPositiveRow(String table, String method, int n) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(method) + "\\s+" + n + "\\s+([0-9.]+)").matcher(table);
        assertTrue(m.find(), "no row for " + method + " at n = " + n + " in:\n" + table);
        assertTrue(Double.parseDouble(m.group(1)) > 0, method + " " + n);
    }
}
