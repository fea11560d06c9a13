package org.neiqin.testing;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Requests sent a few at a time, as a small office sends them, for the generated tests (role matrix, fuzz). */
final class Together {
    private Together() {
    }

    /** Runs every piece of {@code work}, {@code threads} at a time; a failure of one fails the run. */
    static void run(List<Callable<Void>> work, int threads) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            for (Future<Void> f : pool.invokeAll(work)) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
