package org.otexplorer.service;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Numbers requests and hands their events to a delivery executor only while they belong to the newest one,
 * checking again when the event runs there (a newer request may have arrived meanwhile). Shared by the
 * {@link ExplorerService} and the {@link OptimizerRace}.
 */
final class NewestOnlyDelivery {
    private final Executor delivery;
    private final AtomicLong newest = new AtomicLong();

    NewestOnlyDelivery(Executor delivery) {
        this.delivery = delivery;
    }

    /** A new request id, which makes every older one stale. */
    long next() {
        return newest.incrementAndGet();
    }

    /** Runs {@code event} through the delivery executor unless request {@code id} is (or becomes) stale. */
    void deliver(long id, Runnable event) {
        if (id != newest.get()) {
            return;
        }
        delivery.execute(() -> {
            if (id == newest.get()) {
                event.run();
            }
        });
    }
}
