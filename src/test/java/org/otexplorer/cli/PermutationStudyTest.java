package org.otexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PermutationStudyTest {
    @Test
    void quickStudyPrintsEverySectionAndTheHungarianHeadsSortWithoutError() {
        OtxRun run = OtxRun.of("bench", "--permutation", "--quick");
        assertEquals(0, run.exitCode(), run.err());
        String out = run.out();
        for (String section : new String[] {"(1) Fig. 2", "(2) Appendix D", "(3) Random scores", "(4) Appendix A",
                "(5) Table 5", "(6) One training epoch", "(7) N = 10 over seeds"}) {
            assertTrue(out.contains(section), section + " missing in:\n" + out);
        }
        // Appendix D at eps = 1e-2: eq. 31 gives 8.64, the error falls below 1/2 at half-step 6 and below 0.1 at 9.
        assertTrue(Pattern.compile("(?m)^\\s+1e-02\\s+8\\.64\\s+9\\s+6\\s+5\\.64\\s+9\\s+0\\.25").matcher(out).find(), out);
        Matcher hungarian = Pattern.compile("Hungarian-STE with Gumbel noise\\R.*\\R(Kendall tau.*)").matcher(out);
        assertTrue(hungarian.find(), out);
        String perfect = "Kendall tau\\s+1\\.00 \\(1\\.00\\)\\s+1\\.00 \\(1\\.00\\)";
        assertTrue(hungarian.group(1).matches(perfect), hungarian.group(1));
        assertTrue(out.contains("all four heads"), out);
        for (String line : run.errLines()) {
            assertTrue(line.matches("N = \\d+, [a-z-]+, seed \\d+: \\d+ epochs in \\d+ s"), "stderr: " + line);
        }
    }
}
