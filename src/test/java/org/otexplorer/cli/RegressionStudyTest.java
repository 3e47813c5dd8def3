package org.otexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class RegressionStudyTest {
    @Test
    void quickStudyPrintsBothTablesAndOracleBeatsLeastSquares() {
        OtxRun run = OtxRun.of("bench", "--regression", "--quick");
        assertEquals(0, run.exitCode(), run.err());
        String out = run.out();
        assertTrue(out.contains("(1) Unlabeled sensing") && out.contains("(2) Gaussian mixture"), out);
        double oracle = mean(out, "oracle");
        double ls = mean(out, "ls");
        assertTrue(oracle < ls, "the oracle knows the pairing: " + oracle + " vs " + ls);
        assertTrue(out.contains("sgd-newton"), out);
    }

    private static double mean(String out, String method) {
        Matcher m = Pattern.compile("(?m)^" + method + "\\s+(\\S+)").matcher(out);
        assertTrue(m.find(), method + " row in:\n" + out);
        return Double.parseDouble(m.group(1));
    }
}
