package org.otexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@code otx bench --ipot --quick} prints every section with figures (nothing is asserted about their size). */
class IpotStudyTest {
    @Test
    void quickStudyPrintsEverySection() {
        OtxRun run = OtxRun.of("bench", "--ipot", "--quick");
        assertEquals(0, run.exitCode(), run.err());
        String out = run.out();
        assertTrue(out.contains("W_LP = 0.00916284"), out);
        assertTrue(out.contains("Sinkhorn eps = 1e-4: marginal error") && out.contains("stalls at this eps"), out);
        for (String method : new String[] {"network-simplex", "ipot", "sinkhorn", "eps-scaling"}) {
            Matcher m = Pattern.compile("(?m)^" + Pattern.quote(method) + "\\s+64\\s+([0-9.]+)\\s+1/1").matcher(out);
            assertTrue(m.find(), "no timed row for " + method + " in:\n" + out);
        }
        assertTrue(out.contains("slope of log seconds against log n, ipot:"), out);
        assertTrue(out.contains("IPOT beta = 0.01, L = 1 (consensus order)") && out.contains("IBP eps = 0.01"), out);
        assertTrue(out.contains("per channel pixel matching") && out.contains("joint RGB 1000 samples exact"), out);
        assertTrue(run.err().contains("ipot study: n = 64, seed 1 of 1"), run.err());
    }
}
