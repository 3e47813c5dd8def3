package org.otexplorer.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.otexplorer.io.DataSpec;
import org.otexplorer.io.RegressionSpec;
import org.otexplorer.io.RegressionSpec.OptimizerSpec;
import org.otexplorer.io.Scenario;
import org.otexplorer.regression.LossLandscape;
import org.otexplorer.regression.Optimizers;
import org.otexplorer.regression.RunControl;
import org.otexplorer.regression.RunStopReason;
import org.otexplorer.regression.Trace;
import org.otexplorer.regression.TraceListener;

class OptimizerRaceTest {
    private final BlockingQueue<RaceView> views = new LinkedBlockingQueue<>();
    private final BlockingQueue<LossLandscape> landscapes = new LinkedBlockingQueue<>();
    private final BlockingQueue<String> errors = new LinkedBlockingQueue<>();
    private final ComputeService service = new ComputeService(Runnable::run);
    private final OptimizerRace race = new OptimizerRace(service, new OptimizerRace.Listener() {
        @Override
        public void onRace(RaceView view) {
            views.add(view);
        }

        @Override
        public void onLandscape(long raceId, LossLandscape landscape) {
            landscapes.add(landscape);
        }

        @Override
        public void onRaceError(long raceId, String message) {
            errors.add(message);
        }
    });

    @AfterEach
    void close() {
        race.close();
        service.close();
    }

    static Scenario sensing(int n, int d) {
        Scenario s = new Scenario(null, "race", null, 5L, new DataSpec("unlabeled-sensing", n, null, d, 0.05, 1.0, 0.0,
                Map.of(), null), null, null, null);
        return s.withRegression(new RegressionSpec(null, null, List.of(OptimizerSpec.of("ls"),
                OptimizerSpec.of("am").withIterations(30),
                new OptimizerSpec("robot", 15, 1e-3, null, 0.01, true, "random", 1.0, null))));
    }

    private RaceView await(Predicate<RaceView> condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            RaceView v = views.poll(100, TimeUnit.MILLISECONDS);
            if (v != null && condition.test(v)) {
                return v;
            }
        }
        throw new AssertionError("the race never reached the expected state");
    }

    @Test
    void playRunsEveryOptimizerToTheSameTraceAsOtxFit() throws InterruptedException {
        Scenario scenario = sensing(40, 2);
        race.load(scenario, null);
        RaceView loaded = await(v -> true);
        assertEquals(List.of("ls", "am", "robot"), loaded.lanes().stream().map(RaceView.Lane::label).toList());
        assertFalse(loaded.running(), "nothing runs before play");
        race.play();
        RaceView done = await(v -> !v.running() && v.lanes().stream().allMatch(l -> l.summary() != null));
        var data = org.otexplorer.io.ScenarioData.regressionData(scenario, null);
        List<OptimizerSpec> specs = scenario.regression().optimizers();
        for (int k = 0; k < specs.size(); k++) {
            Trace direct = Optimizers.create(specs.get(k).settings()).run(data, specs.get(k).settings(),
                    scenario.seed() + k + 1,
                    TraceListener.NONE, new RunControl());
            RaceView.Lane lane = done.lanes().get(k);
            assertEquals(direct.entries().size(), lane.entries().size(), lane.label());
            assertEquals(direct.summary().relativeTestError(), lane.summary().relativeTestError(), 1e-12);
            int start = "ls".equals(lane.label()) ? 0 : 1;
            assertEquals(lane.entries().size() + start, lane.path().size(), "Θ0 and a path point per iteration");
        }
        LossLandscape landscape = landscapes.poll(30, TimeUnit.SECONDS);
        assertNotNull(landscape, "a two-parameter model gets its landscape");
        assertEquals(OptimizerRace.LANDSCAPE_RESOLUTION, landscape.theta1().length);
        // The landscape widens in the background once every start is known: wait for it rather than a fixed time.
        double[] randomStart = done.lanes().get(2).path().get(0);
        LossLandscape widest = landscape;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!widest.contains(randomStart) && System.nanoTime() < deadline) {
            LossLandscape wider = landscapes.poll(100, TimeUnit.MILLISECONDS);
            widest = wider == null ? widest : wider;
        }
        assertTrue(widest.contains(randomStart), "the random start lies on the map");
    }

    @Test
    void stepAdvancesEachRunByOneIterationAndResetClearsTheTraces() throws InterruptedException {
        race.load(sensing(40, 3), null);
        race.step();
        race.step();
        RaceView stepped = await(v -> v.lanes().get(2).entries().size() == 2 && v.lanes().get(1).entries().size() == 2);
        Thread.sleep(300);
        RaceView later = views.isEmpty() ? stepped : List.copyOf(views).get(views.size() - 1);
        assertEquals(2, later.lanes().get(2).entries().size(), "paused after two steps");
        assertNull(later.lanes().get(2).summary());
        assertTrue(later.lanes().get(2).path().isEmpty(), "no 2-D path for a 3-parameter model");
        assertTrue(landscapes.isEmpty());
        race.reset();
        RaceView fresh = await(v -> v.lanes().stream().allMatch(l -> l.entries().isEmpty()));
        assertFalse(fresh.running());
    }

    @Test
    void badDataParametersEndTheRaceWithAMessageNotACrash() throws InterruptedException {
        Scenario bad = sensing(40, 2).withData(new DataSpec("unlabeled-sensing", 40, null, 2, 0.05, 1.5, 0.0,
                Map.of(), null));
        race.load(bad, null);
        race.play();
        String message = errors.poll(30, TimeUnit.SECONDS);
        assertNotNull(message);
        assertTrue(message.toLowerCase().contains("fraction"), message);
        RaceView failed = await(v -> v.lanes().stream().allMatch(l -> l.summary() != null));
        assertEquals(RunStopReason.FAILED, failed.lanes().get(0).summary().stopReason(), failed.lanes().get(0).state());
        assertEquals("failed: " + message, failed.lanes().get(0).state());
    }
}
