package org.otexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class DerivativesStudyTest {
    @Test
    void quickStudyPrintsTheThreeTables() {
        OtxRun run = OtxRun.of("bench", "--derivatives", "--quick");
        assertEquals(0, run.exitCode(), run.err());
        String out = run.out();
        assertTrue(out.contains("(i) Hessian marginal error") && out.contains("(ii) Hessian time")
                && out.contains("(iii) Unit circle"), out);
        // Truncation below the spectral gap keeps the marginal identity at round-off for every row.
        Matcher m = Pattern.compile("(?m)^\\s+(10|20)\\s+5e-0[12]\\s+(\\d+) \\|\\s+([0-9.e+-]+)\\s+100% ok").matcher(out);
        int rows = 0;
        while (m.find()) {
            assertEquals(0, Integer.parseInt(m.group(2)) % 10, "OTT checks the error every 10 iterations: " + m.group());
            assertTrue(Double.parseDouble(m.group(3)) < 1e-10, m.group());
            rows++;
        }
        assertEquals(4, rows, out);
        // Table (ii): at N = 40 every method ran (four Hessians and one Hessian-vector product).
        Matcher t = Pattern.compile("(?m)^\\s+40\\s+\\d+ \\|(.*)$").matcher(out.substring(out.indexOf("(ii)")));
        assertTrue(t.find(), out);
        assertEquals(5, t.group(1).split(" MB", -1).length - 1, t.group());
        // The closed form agrees with the numerical spectrum on the circle.
        Matcher c = Pattern.compile("(?m)^\\s+40\\s+1e-02\\s+(\\S+)\\s+(\\S+)\\s+(\\S+)").matcher(out);
        assertTrue(c.find(), out);
        assertTrue(Double.parseDouble(c.group(3)) < 1e-9, c.group());
    }
}
