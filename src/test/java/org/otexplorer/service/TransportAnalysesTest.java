package org.otexplorer.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.otexplorer.io.DataSpec;
import org.otexplorer.io.EngineSpec;
import org.otexplorer.io.Scenario;

/** The transport workbench's solve and H-matrix analyses on the compute service: newest wins, cancel, throttle. */
class TransportAnalysesTest {
    private final RecordingListener<SolveView> events = new RecordingListener<>();
    private ComputeService service = new ComputeService(Runnable::run);
    private TransportSolve solve = new TransportSolve();

    @AfterEach
    void close() {
        service.close();
    }

    static Scenario blobs(int n, double relativeEpsilon) {
        Scenario s = new Scenario(null, "test", null, 7L, DataSpec.defaults().withSizes(n, n, 2), null, null, null);
        return s.withEngine(EngineSpec.defaults().withMethod("sinkhorn-log").withEpsilon(relativeEpsilon, true)
                .withStopping(1e-9, 100_000));
    }

    /** A solve that never converges: tolerance 0 and no practical iteration limit. */
    static Scenario endless(int n) {
        Scenario s = blobs(n, 0.01);
        return s.withEngine(s.engine().withStopping(0, Integer.MAX_VALUE));
    }

    private long submit(Scenario s) {
        return solve.submit(service, new TransportInput(s, null), events);
    }

    @Test
    void solvesTheDefaultBlobsToConvergence() throws InterruptedException {
        submit(blobs(60, 0.05));
        SolveView view = assertInstanceOf(SolveView.class, events.nextOutcome());
        assertTrue(view.converged());
        assertEquals(60 * 60, view.plan().length);
        assertEquals(0.05, view.relativeEpsilon(), 1e-12);
        assertTrue(view.marginalError() <= 1e-9);
    }

    @Test
    void newestRequestWinsAndStaleWorkIsCancelled() throws InterruptedException {
        submit(endless(300));
        submit(endless(301));
        long newest = submit(blobs(40, 0.1));
        SolveView view = assertInstanceOf(SolveView.class, events.nextOutcome());
        assertEquals(newest, view.requestId());
        assertEquals(40, view.n());
        assertEquals(1, events.results.size());
        assertTrue(events.cancelled.isEmpty(), "replaced requests are dropped silently");
    }

    @Test
    void cancelStopsARunningSolveAndReportsIt() throws InterruptedException {
        long id = submit(endless(200));
        while (events.progress.isEmpty()) {
            Thread.sleep(5);
        }
        service.cancel(TransportSolve.CHANNEL);
        assertEquals("cancelled " + id, events.nextOutcome());
        while (service.isBusy(TransportSolve.CHANNEL)) {
            Thread.sleep(5);
        }
        assertTrue(events.results.isEmpty());
    }

    @Test
    void progressIsThrottledToTheInterval() throws InterruptedException {
        AtomicLong fakeNanos = new AtomicLong();
        long millisecond = 1_000_000L;
        service.close();
        service = new ComputeService(Runnable::run, () -> fakeNanos.addAndGet(millisecond), 33 * millisecond);
        Scenario s = blobs(30, 0.01);
        submit(s.withEngine(s.engine().withStopping(0, 3000)));
        SolveView view = assertInstanceOf(SolveView.class, events.nextOutcome());
        assertEquals(3000, view.iterations());
        // every clock reading advances 1 ms and a report reads it twice, so reports 33 ms apart are at least
        // 32 iterations apart: at most 3000/32 + 1 of them instead of 3000.
        assertTrue(events.progress.size() <= 3000 / 32 + 1, "reports: " + events.progress.size());
        assertTrue(events.progress.size() >= 40, "reports: " + events.progress.size());
        assertEquals(1, events.progress.get(0).iteration());
    }

    @Test
    void changingOnlyEpsilonWarmStartsAndSavesIterations() throws InterruptedException {
        submit(blobs(80, 0.05));
        assertFalse(assertInstanceOf(SolveView.class, events.nextOutcome()).warmStarted());
        submit(blobs(80, 0.04));
        SolveView warm = assertInstanceOf(SolveView.class, events.nextOutcome());
        assertTrue(warm.warmStarted());

        SolveView coldView = new TransportSolve().compute(new TransportInput(blobs(80, 0.04), null));
        assertFalse(coldView.warmStarted());
        assertTrue(warm.iterations() < coldView.iterations(),
                "warm " + warm.iterations() + " vs cold " + coldView.iterations());
    }

    @Test
    void newDataIsNotWarmStarted() throws InterruptedException {
        submit(blobs(50, 0.05));
        events.nextOutcome();
        submit(blobs(50, 0.05).withSeed(8));
        assertFalse(assertInstanceOf(SolveView.class, events.nextOutcome()).warmStarted());
    }

    @Test
    void errorsArriveAsAnErrorEventWithTheMessage() throws InterruptedException {
        DataSpec csv = new DataSpec("csv", null, null, null, null, null, null, null,
                Map.of("source", "no-such-source.csv", "target", "no-such-target.csv"));
        submit(blobs(10, 0.05).withData(csv));
        Object outcome = events.nextOutcome();
        assertTrue(outcome.toString().startsWith("error "), outcome.toString());
        assertTrue(outcome.toString().contains("no-such-source.csv"), outcome.toString());
    }

    @Test
    void theSpectrumAnalysesTheNewestSolve() throws InterruptedException {
        submit(blobs(30, 0.1));
        SolveView view = assertInstanceOf(SolveView.class, events.nextOutcome());
        RecordingListener<SpectrumView> spectra = new RecordingListener<>();
        new HSpectrum(solve).submit(service, new HSpectrum.Input(view, 1e-10), spectra);
        SpectrumView spectrum = assertInstanceOf(SpectrumView.class, spectra.nextOutcome());
        assertEquals(60, spectrum.eigenvalues().length);
        assertEquals(spectrum.eigenvalues()[1], spectrum.smallestPositive(), 0);
        assertTrue(Math.abs(spectrum.eigenvalues()[0]) < 1e-12, "H is singular along [1; −1]");
        assertTrue(spectrum.hessianMarginalError() < 1e-6, "Prop. 4: " + spectrum.hessianMarginalError());

        submit(blobs(30, 0.2));
        events.nextOutcome();
        new HSpectrum(solve).submit(service, new HSpectrum.Input(view, 1e-10), spectra);
        assertTrue(spectra.nextOutcome().toString().contains("replaced"), "a replaced solve is not analysed");
    }
}
