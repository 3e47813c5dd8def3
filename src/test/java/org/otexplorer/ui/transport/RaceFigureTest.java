package org.otexplorer.ui.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.otexplorer.io.ScenarioFiles;
import org.otexplorer.service.RaceView;
import org.otexplorer.service.TraceSnapshot;

/** The race animation's frames: the race as it stood after each cutoff, and cutoffs ending at the longest run. */
class RaceFigureTest {
    @Test
    void eachFrameHoldsExactlyTheIterationsUpToItsCutoff() {
        Path sample = Path.of("samples/two-parameter-landscape-robot-vs-am.json");
        TraceSnapshot traces = TraceSnapshot.complete(ScenarioFiles.load(sample), sample.toAbsolutePath().getParent());
        RaceFigure.Frames frames = RaceFigure.frames(traces, ScenarioFiles.load(sample),
                sample.toAbsolutePath().getParent());
        int[] cutoffs = frames.cutoffs();
        assertEquals(RaceFigure.MAX_FRAMES, cutoffs.length);
        assertEquals(150, cutoffs[cutoffs.length - 1], "the last frame is the whole race (robot: 150 iterations)");
        for (int k = 1; k < cutoffs.length; k++) {
            assertTrue(cutoffs[k] > cutoffs[k - 1], "the race grows at every frame");
        }
        RaceView race = traces.race();
        for (int cutoff : new int[] {1, 7, 75, 150}) {
            RaceView at = RaceFigure.upTo(race, cutoff);
            for (int l = 0; l < race.lanes().size(); l++) {
                RaceView.Lane full = race.lanes().get(l);
                RaceView.Lane part = at.lanes().get(l);
                long expected = full.entries().stream().filter(e -> e.iteration() <= cutoff).count();
                assertEquals(expected, part.entries().size(), full.label() + " at " + cutoff);
                assertTrue(part.entries().stream().allMatch(e -> e.iteration() <= cutoff));
                if (part.entries().size() < full.entries().size()) {
                    assertNull(part.summary(), full.label() + " still runs at " + cutoff);
                } else {
                    assertEquals(full.summary(), part.summary());
                }
                assertEquals(Math.min(full.path().size(), part.entries().size() + 1), part.path().size(),
                        "the path's start and one point per iteration shown");
            }
        }
        assertEquals(race.lanes(), RaceFigure.upTo(race, 150).lanes());
    }
}
