package org.confounderlab.engine.training;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A bounded pipeline of batches: worker threads prepare batch k + 1 … k + depth while the consumer works on batch k,
 * and hand them out in order. Memory is bounded by the depth times one batch, whatever the data set's size. With no
 * worker threads each batch is prepared on the consumer's thread when asked for.
 *
 * @param <T> what one batch is (a {@link TensorBatch}, or a pair of views of the same images)
 */
public final class BatchStream<T> implements AutoCloseable {

    private final List<int[]> batches;
    private final Function<int[], T> prepare;
    private final int depth;
    private final ExecutorService pool;
    private final ArrayDeque<Future<T>> pending = new ArrayDeque<>();
    private int nextToSubmit;
    private int nextToTake;

    /**
     * @param batches the image indices of each batch, in the order they are consumed
     * @param prepare makes one batch from its indices (called on the worker threads)
     * @param threads worker threads; 0 prepares on the consumer's thread
     * @param depth   batches prepared ahead at most (at least 1)
     */
    public BatchStream(List<int[]> batches, Function<int[], T> prepare, int threads, int depth) {
        this.batches = List.copyOf(batches);
        this.prepare = prepare;
        this.depth = Math.max(1, depth);
        if (threads > 0) {
            AtomicInteger counter = new AtomicInteger();
            this.pool = Executors.newFixedThreadPool(threads, runnable -> {
                Thread thread = new Thread(runnable, "confounderlab-batches-" + counter.incrementAndGet());
                thread.setDaemon(true); // a consumer that forgets close() must not keep the JVM alive
                return thread;
            });
            fill();
        } else {
            this.pool = null;
        }
    }

    /** The batches of {@code source} in {@code order}, {@code batchSize} images each (the last may be smaller). */
    public static BatchStream<TensorBatch> of(ImageSource source, int[] order, int batchSize, int epoch) {
        return new BatchStream<>(split(order, batchSize), indices -> source.batch(indices, epoch),
                source.readThreads(), depthFor(source, batchSize, 1));
    }

    /** Share of the heap that batches prepared ahead may take together. */
    private static final int HEAP_SHARE = 8;

    /**
     * How many batches of {@code batchSize} images × {@code views} (variants, or the teacher's view) of
     * {@code source} to prepare ahead: the source's prefetch depth, fewer when that many would take more than an
     * eighth of the heap, at least 1.
     */
    public static int depthFor(ImageSource source, int batchSize, int views) {
        long batchBytes = 4L * batchSize * views * source.tensorLength();
        long budget = Runtime.getRuntime().maxMemory() / HEAP_SHARE;
        return (int) Math.max(1, Math.min(source.prefetchDepth(), budget / Math.max(1, batchBytes)));
    }

    /** All images of {@code source} in their order, {@code batchSize} at a time, not augmented. */
    public static BatchStream<TensorBatch> inOrder(ImageSource source, int batchSize) {
        return of(source, identity(source.count()), batchSize, 0);
    }

    /** 0, 1, …, n − 1. */
    public static int[] identity(int n) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        return order;
    }

    /** {@code order} cut into consecutive batches of {@code batchSize}. */
    public static List<int[]> split(int[] order, int batchSize) {
        if (batchSize <= 0) {
            throw new IllegalArgumentException("batch size must be positive, got " + batchSize);
        }
        List<int[]> batches = new ArrayList<>();
        for (int from = 0; from < order.length; from += batchSize) {
            batches.add(java.util.Arrays.copyOfRange(order, from, Math.min(order.length, from + batchSize)));
        }
        return batches;
    }

    /** The number of batches. */
    public int size() {
        return batches.size();
    }

    /** Whether {@link #next()} has another batch. */
    public boolean hasNext() {
        return nextToTake < batches.size();
    }

    /**
     * The next batch in order. A failure while preparing it (an unreadable image under a stop policy, memory run
     * out) is thrown here as it was thrown there.
     */
    public T next() throws InterruptedException {
        if (!hasNext()) {
            throw new java.util.NoSuchElementException("no more batches");
        }
        int index = nextToTake++;
        if (pool == null) {
            return prepare.apply(batches.get(index));
        }
        Future<T> head = pending.poll();
        fill();
        try {
            return head.get();
        } catch (ExecutionException e) {
            close();
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("batch preparation failed: " + cause, cause);
        }
    }

    private void fill() {
        while (pool != null && !pool.isShutdown() && pending.size() < depth && nextToSubmit < batches.size()) {
            int[] indices = batches.get(nextToSubmit++);
            pending.add(pool.submit(() -> prepare.apply(indices)));
        }
    }

    @Override
    public void close() {
        if (pool != null) {
            // Not interrupted: an interrupt closes a file channel a worker is reading (the cache's), for everyone.
            pending.forEach(future -> future.cancel(false));
            pending.clear();
            pool.shutdown();
        }
    }
}
