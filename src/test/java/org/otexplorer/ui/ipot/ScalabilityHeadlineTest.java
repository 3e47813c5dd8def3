package org.otexplorer.ui.ipot;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.otexplorer.ipot.ScalabilityStudy.Entry;
import org.otexplorer.ipot.ScalabilityStudy.Method;
import org.otexplorer.ipot.ScalabilityStudy.Result;
import org.otexplorer.ipot.ScalabilityStudy.Run;
import org.otexplorer.ipot.ScalabilityStudy.Settings;

/**
 * The scalability panel's "Our run" line fits slopes over times of 10 ms or more only, and states no negative one:
 * the look-through found it stating "sinkhorn -0.2, sinkhorn-log -0.3" for a one-seed run of millisecond solves
 * whose times fell as n grew.
 */
class ScalabilityHeadlineTest {
    @Test
    void millisecondTimesGetNoSlopeAndSaySo() {
        List<Entry> entries = new ArrayList<>();
        int[] sizes = {64, 128, 256};
        double[] noisy = {0.004, 0.003, 0.0035}; // falling with n: timer noise, not a method's scaling
        for (int k = 0; k < sizes.length; k++) {
            int n = sizes[k];
            entries.add(entry(Method.NETWORK_SIMPLEX, n, 1e-6 * n * n));
            entries.add(entry(Method.IPOT, n, 3e-7 * Math.pow(n, 2.5)));
            entries.add(entry(Method.SINKHORN, n, noisy[k]));
            entries.add(entry(Method.SINKHORN_LOG, n, noisy[k] * 2));
            entries.add(entry(Method.EPS_SCALING, n, noisy[k] * 3));
        }
        Result r = new Result(new Settings(List.of(64, 128, 256), 0, 1, 2), entries, true);
        String line = new ScalabilityResult(r, 1, "").ourRun();
        assertTrue(line.contains("ipot 2.5"), line);
        assertTrue(line.contains("network-simplex 2.0"), line);
        assertFalse(line.contains("sinkhorn -") || line.contains("sinkhorn-log -"), line);
        // eps-scaling's 12, 9 and 10.5 ms: two sizes above the floor, and a negative slope there: noise too
        assertTrue(line.contains("no slope (under 10 ms, or times not growing with n: noise): sinkhorn, sinkhorn-log,"
                + " eps-scaling"), line);
    }

    private static Entry entry(Method m, int n, double seconds) {
        return new Entry(m, n, List.of(new Run(0, true, seconds, 1, 0, "x")));
    }
}
