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
    void underAPatienceAYoungJobFinishesBeforeTheNewerOneAndBothResultsArrive() throws InterruptedException {
        service.setPatience("p", java.time.Duration.ofSeconds(60));
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        RecordingListener<String> older = new RecordingListener<>();
        service.submit("p", context -> {
            running.countDown();
            while (release.getCount() > 0) {
                sleep(2);
            }
            return context.isCancelled() ? "cancelled" : "older done";
        }, older);
        assertTrue(running.await(10, TimeUnit.SECONDS));
        RecordingListener<String> newer = new RecordingListener<>();
        service.submit("p", context -> "newer done", newer);
        release.countDown();
        assertEquals("older done", older.nextOutcome(), "not cancelled within its patience, and delivered");
        assertEquals("newer done", newer.nextOutcome());
    }

    @Test
    void withinItsPatienceAJobSeesANewerRequestWaitingWithoutBeingCancelled() throws InterruptedException {
        service.setPatience("p", java.time.Duration.ofSeconds(60));
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch submitted = new CountDownLatch(1);
        RecordingListener<String> older = new RecordingListener<>();
        service.submit("p", context -> {
            boolean before = context.hasNewerRequest();
            running.countDown();
            try {
                submitted.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return "newer before " + before + ", after " + context.hasNewerRequest() + ", cancelled "
                    + context.isCancelled();
        }, older);
        assertTrue(running.await(10, TimeUnit.SECONDS));
        RecordingListener<String> newer = new RecordingListener<>();
        service.submit("p", context -> "newer done", newer);
        submitted.countDown();
        assertEquals("newer before false, after true, cancelled false", older.nextOutcome());
        assertEquals("newer done", newer.nextOutcome());
    }

    @Test
    void underAPatienceASupersededJobPastItIsCutShortAndItsIterateIsDelivered() throws InterruptedException {
        service.setPatience("p", java.time.Duration.ofMillis(1));
        CountDownLatch running = new CountDownLatch(1);
        RecordingListener<String> older = new RecordingListener<>();
        service.submit("p", context -> {
            running.countDown();
            int iterate = 0;
            while (!context.isCancelled()) {
                iterate++;
                sleep(2);
            }
            return "iterate " + (iterate > 0 ? "reached" : "none");
        }, older);
        assertTrue(running.await(10, TimeUnit.SECONDS));
        sleep(20); // past the patience, but nothing newer yet: it goes on
        assertTrue(service.isBusy("p"));
        RecordingListener<String> newer = new RecordingListener<>();
        service.submit("p", context -> "newer done", newer);
        assertEquals("iterate reached", older.nextOutcome(), "cut short, and what it reached is shown");
        assertEquals("newer done", newer.nextOutcome());
        assertTrue(older.cancelled.isEmpty());
    }

    @Test
    void anExplicitCancelUnderAPatienceStillCancelsAtOnce() throws InterruptedException {
        service.setPatience("p", java.time.Duration.ofSeconds(60));
        RecordingListener<String> job = new RecordingListener<>();
        long id = service.submit("p", context -> {
            while (!context.isCancelled()) {
                sleep(2);
            }
            return "too late";
        }, job);
        while (!service.isBusy("p")) {
            sleep(1);
        }
        service.cancel("p");
        assertEquals("cancelled " + id, job.nextOutcome());
        assertTrue(job.results.isEmpty());
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
