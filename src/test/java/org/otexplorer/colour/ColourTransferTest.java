package org.otexplorer.colour;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.otexplorer.engine.TransportPlan;
import org.otexplorer.histogram.OneDimensionalTransport;

/** Colour transfer against the exact 1-D transport: histograms reproduced, maps monotone, Sinkhorn washed out. */
class ColourTransferTest {
    @Test
    void pixelMatchingReproducesTheTargetHistogramsExactly() {
        for (int size : new int[] {40, 64}) {
            RgbImage source = SyntheticImages.sunset(size, size);
            RgbImage target = SyntheticImages.lagoon(size, size);
            RgbImage result = ChannelTransfer.matchHistograms(source, target);
            for (int c = 0; c < 3; c++) {
                assertArrayEquals(target.channelHistogram(c), result.channelHistogram(c), 0, "channel " + c);
            }
        }
    }

    @Test
    void theExactChannelMapIsTheBarycentricMapOfTheMonotonePlanAndIsMonotone() {
        RgbImage source = SyntheticImages.sunset(48, 48);
        RgbImage target = SyntheticImages.lagoon(48, 48);
        for (int c = 0; c < 3; c++) {
            double[] a = source.channelHistogram(c);
            double[] b = target.channelHistogram(c);
            double[] map = ChannelTransfer.channelMap(a, b, TransferMethod.exact());
            TransportPlan monotone = OneDimensionalTransport.monotonePlan(a, b);
            double previous = -1;
            for (int v = 0; v < 256; v++) {
                if (a[v] > 0) {
                    double moved = 0;
                    for (int j = 0; j < 256; j++) {
                        moved += monotone.get(v, j) * j;
                    }
                    assertEquals(moved / a[v], map[v], 1e-9, "channel " + c + " level " + v);
                    assertTrue(map[v] >= previous - 1e-12, "monotone");
                    previous = map[v];
                }
            }
        }
    }

    @Test
    void ipotMatchesTheExactTransferAndSinkhornWashesOut() {
        for (int[] pair : new int[][] {{0, 1}, {1, 0}}) {
            RgbImage source = pair[0] == 0 ? SyntheticImages.sunset(64, 64) : SyntheticImages.lagoon(64, 64);
            RgbImage target = pair[0] == 0 ? SyntheticImages.lagoon(64, 64) : SyntheticImages.sunset(64, 64);
            RgbImage exact = ChannelTransfer.transfer(source, target, TransferMethod.exact());
            RgbImage ipot = ChannelTransfer.transfer(source, target, TransferMethod.ipot(0.05, 1000));
            RgbImage blurred = ChannelTransfer.transfer(source, target, TransferMethod.sinkhorn(0.01, 100_000));
            for (int c = 0; c < 3; c++) {
                assertTrue(meanAbsoluteDifference(exact.channel(c), ipot.channel(c)) < 0.2, "IPOT channel " + c);
                assertTrue(std(blurred.channel(c)) < 0.97 * std(exact.channel(c)), "Sinkhorn keeps less contrast, channel " + c
                        + ": " + std(blurred.channel(c)) + " vs " + std(exact.channel(c)));
            }
        }
    }

    @Test
    void jointTransferWithTheExactPlanMovesTheColoursTowardsTheTarget() {
        RgbImage source = SyntheticImages.sunset(64, 64);
        RgbImage target = SyntheticImages.lagoon(64, 64);
        RgbImage result = JointRgbTransfer.transfer(source, target, TransferMethod.exact(), 400, 3);
        for (int c = 0; c < 3; c++) {
            double before = meanDifference(source.channel(c), target.channel(c));
            double after = meanDifference(result.channel(c), target.channel(c));
            assertTrue(Math.abs(after) < 0.2 * Math.abs(before) + 2, "channel " + c + ": mean offset " + before + " -> " + after);
        }
        assertEquals(source.width(), result.width());
    }

    @Test
    void badInputIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new RgbImage(2, 2, new int[3]));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TransferMethod.ipot(0, 10));
        assertTrue(e.getMessage().contains("beta"));
        e = assertThrows(IllegalArgumentException.class, () -> TransferMethod.sinkhorn(-1, 10));
        assertTrue(e.getMessage().contains("epsilon"));
        RgbImage tiny = SyntheticImages.sunset(8, 8);
        assertThrows(IllegalArgumentException.class, () -> JointRgbTransfer.transfer(tiny, tiny, TransferMethod.exact(), 1, 0));
        assertThrows(IllegalArgumentException.class, () -> ChannelTransfer.channelMap(new double[256], new double[256],
                TransferMethod.exact()));
    }

    private static double meanAbsoluteDifference(int[] a, int[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += Math.abs(a[i] - b[i]);
        }
        return s / a.length;
    }

    private static double meanDifference(int[] a, int[] b) {
        return mean(a) - mean(b);
    }

    private static double mean(int[] v) {
        double s = 0;
        for (int x : v) {
            s += x;
        }
        return s / v.length;
    }

    private static double std(int[] v) {
        double m = mean(v);
        double s = 0;
        for (int x : v) {
            s += (x - m) * (x - m);
        }
        return Math.sqrt(s / v.length);
    }
}
