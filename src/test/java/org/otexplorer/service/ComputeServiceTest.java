package org.otexplorer.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The one job mechanism: channels, newest wins, intermediate results, cancellation hooks, errors as messages. */
class ComputeServiceTest {
    private final ComputeService service = new ComputeService(Runnable::run);

    @AfterEach
    void close() {
        service.close();
    }

    @Test
    void theNewestIntermediateResultArrivesBeforeTheResultAndNothingAfterIt() throws InterruptedException {
        RecordingListener<Integer> events = new RecordingListener<>();
        service.submit("count", context -> {
            for (int k = 1; k <= 2000; k++) {
                context.publish(k);
            }
            sleep(100);
            context.publish(2001);
            sleep(100);
            return 2002;
        }, events);
        assertEquals(2002, events.nextOutcome());
        assertFalse(events.partials.isEmpty());
        assertTrue(events.partials.size() < 100, "throttled: " + events.partials.size() + " of 2001");
        assertEquals(2001, events.partials.get(events.partials.size() - 1), "the newest partial is delivered");
        for (int k = 1; k < events.partials.size(); k++) {
            assertTrue(events.partials.get(k) > events.partials.get(k - 1), "in order");
        }
    }

    @Test
    void channelsRunSideBySideAndANewerJobReplacesAnOlderOneOnItsChannel() throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch running = new CountDownLatch(1);
        AtomicBoolean hookRan = new AtomicBoolean();
        RecordingListener<String> blocked = new RecordingListener<>();
        service.submit("a", context -> {
            context.onCancel(() -> hookRan.set(true));
            running.countDown();
            while (!context.isCancelled()) {
                sleep(5);
            }
            return "stopped";
        }, blocked);
        RecordingListener<String> other = new RecordingListener<>();
        service.submit("b", context -> "b done", other);
        assertEquals("b done", other.nextOutcome(), "channel b does not wait for channel a");
        assertTrue(running.await(10, TimeUnit.SECONDS), "the first job runs (a job replaced while waiting never does)");
        RecordingListener<String> newer = new RecordingListener<>();
        service.submit("a", context -> {
            release.countDown();
            return "newer";
        }, newer);
        assertEquals("newer", newer.nextOutcome());
        assertTrue(release.await(10, TimeUnit.SECONDS));
        assertTrue(hookRan.get(), "the replaced job's cancellation hook ran");
        assertTrue(blocked.results.isEmpty() && blocked.cancelled.isEmpty(), "the replaced job is silent");
    }

    @Test
    void aFailingJobReportsItsMessageAndACancelledOneSaysSo() throws InterruptedException {
        RecordingListener<String> failing = new RecordingListener<>();
        service.submit("x", context -> {
            throw new IllegalArgumentException("data.n must be > 0, got 0");
        }, failing);
        assertEquals("error data.n must be > 0, got 0", failing.nextOutcome());
        RecordingListener<String> cancelled = new RecordingListener<>();
        long id = service.submit("x", context -> {
            while (!context.isCancelled()) {
                sleep(5);
            }
            return "too late";
        }, cancelled);
        while (!service.isBusy("x")) {
            sleep(1);
        }
        service.cancel("x");
        assertEquals("cancelled " + id, cancelled.nextOutcome());
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
