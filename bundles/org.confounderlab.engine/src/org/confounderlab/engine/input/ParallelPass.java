package org.confounderlab.engine.input;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/**
 * One pass over a data set's images by index on a pool of its own threads, saying how far it is every few seconds:
 * what the cache build and image check ({@link ImageScan}), the image-property, mark and leak scans share. The body keeps what it finds itself, by index.
 */
public final class ParallelPass {

    /** How often progress is printed. */
    static final long REPORT_MILLIS = 5000;

    private ParallelPass() {
    }

    /**
     * Calls {@code body} for every index below {@code count} on {@code threads} threads, printing
     * {@code "what: k of n images (r img/s)"} to {@code progress} (may be {@code null}) every few seconds; a runtime
     * exception of the body ends the pass and is thrown here.
     */
    public static void run(int count, int threads, PrintStream progress, String what, IntConsumer body)
            throws InterruptedException {
        long start = System.currentTimeMillis();
        AtomicInteger done = new AtomicInteger();
        long[] lastReport = {start};
        ForkJoinPool pool = new ForkJoinPool(Math.max(1, threads));
        try {
            pool.submit(() -> IntStream.range(0, count).parallel().forEach(index -> {
                body.accept(index);
                int finished = done.incrementAndGet();
                long now = System.currentTimeMillis();
                synchronized (lastReport) {
                    if (progress != null && now - lastReport[0] >= REPORT_MILLIS) {
                        lastReport[0] = now;
                        progress.printf(Locale.ROOT, "%s: %d of %d images (%.0f img/s)%n", what, finished, count,
                                finished * 1000.0 / Math.max(1, now - start));
                    }
                }
            })).get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        } finally {
            pool.shutdownNow();
        }
    }
}
