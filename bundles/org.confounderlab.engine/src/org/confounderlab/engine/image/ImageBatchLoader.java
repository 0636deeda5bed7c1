package org.confounderlab.engine.image;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.confounderlab.engine.data.DataProblem;
import org.confounderlab.engine.data.DataSetException;
import org.confounderlab.engine.data.ProblemPolicy;

/**
 * Prepares images on a fixed pool of threads, at most {@code lookahead} ahead of the consumer, and hands them out in
 * the order of the given list. Files that cannot be decoded are skipped and reported ({@link ProblemPolicy#SKIP}) or
 * end the run ({@link ProblemPolicy#STOP}).
 */
public final class ImageBatchLoader implements AutoCloseable {

    /** Turns one file into a prepared image; {@link ImagePipeline#prepare} fits. */
    @FunctionalInterface
    public interface Preparer {
        /** Prepares the file at {@code index} of the list. */
        PreparedImage prepare(int index, Path path) throws ImageDecodeException;
    }

    private final List<Path> paths;
    private final Preparer preparer;
    private final ProblemPolicy policy;
    private final int lookahead;
    private final ExecutorService pool;
    private final ArrayDeque<Future<PreparedImage>> pending = new ArrayDeque<>();
    private final List<DataProblem> problems = Collections.synchronizedList(new ArrayList<>());
    private int nextToSubmit;
    private boolean closed;

    /**
     * A loader over {@code paths}.
     *
     * @param threads   decoding threads, at least 1
     * @param lookahead how many images may be prepared ahead of the consumer (bounds memory), at least 1
     */
    public ImageBatchLoader(List<Path> paths, Preparer preparer, int threads, int lookahead, ProblemPolicy policy) {
        if (threads < 1 || lookahead < 1) {
            throw new IllegalArgumentException("threads and lookahead must be at least 1");
        }
        this.paths = List.copyOf(paths);
        this.preparer = preparer;
        this.policy = policy;
        this.lookahead = lookahead;
        AtomicInteger counter = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "confounderlab-image-" + counter.incrementAndGet());
            // Daemon: a consumer that forgets close() must not keep the JVM alive.
            thread.setDaemon(true);
            return thread;
        });
        fill();
    }

    /** A loader running {@code pipeline} over {@code paths}. */
    public ImageBatchLoader(List<Path> paths, ImagePipeline pipeline, int threads, int lookahead,
            ProblemPolicy policy) {
        this(paths, pipeline::prepare, threads, lookahead, policy);
    }

    /**
     * The next prepared image in list order, or {@code null} when all are done. Under {@link ProblemPolicy#STOP} a
     * bad file ends the run with a {@link DataSetException} naming it.
     */
    public PreparedImage next() throws DataSetException, InterruptedException {
        while (true) {
            Future<PreparedImage> head = pending.poll();
            if (head == null) {
                return null;
            }
            fill();
            try {
                return head.get();
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (!(cause instanceof ImageDecodeException decode)) {
                    throw new IllegalStateException("image preparation failed: " + cause, cause);
                }
                DataProblem problem = new DataProblem(decode.getPath(), 0, null, decodeReason(decode));
                problems.add(problem);
                if (policy == ProblemPolicy.STOP) {
                    close();
                    throw new DataSetException(problem);
                }
            } catch (CancellationException e) {
                return null;
            }
        }
    }

    /** The files skipped so far, with why. */
    public List<DataProblem> problems() {
        return List.copyOf(problems);
    }

    /** How many files the loader was given. */
    public int size() {
        return paths.size();
    }

    private void fill() {
        while (!closed && pending.size() < lookahead && nextToSubmit < paths.size()) {
            int index = nextToSubmit++;
            Path path = paths.get(index);
            pending.add(pool.submit(() -> preparer.prepare(index, path)));
        }
    }

    private static String decodeReason(ImageDecodeException e) {
        return e.getReason();
    }

    @Override
    public void close() {
        closed = true;
        for (Future<PreparedImage> future : pending) {
            future.cancel(true);
        }
        pending.clear();
        pool.shutdownNow();
    }
}
