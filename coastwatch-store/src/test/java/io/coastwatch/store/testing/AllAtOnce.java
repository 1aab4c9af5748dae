package io.coastwatch.store.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Runs writers on threads of their own, released together, and waits for all (a contract's concurrency case). */
public final class AllAtOnce {

    /** What one writer thread does, given its number (0 … threads − 1). */
    @FunctionalInterface
    public interface Writer {
        void write(int thread) throws Exception;
    }

    private AllAtOnce() {
    }

    /**
     * Starts {@code threads} threads, releases them at the same moment so that their writes interleave,
     * and returns when all have finished; the first failure is thrown, and a writer still running after
     * two minutes fails the call.
     */
    public static void run(int threads, Writer writer) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    start.await();
                    writer.write(thread);
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> future : done) {
                future.get(2, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
