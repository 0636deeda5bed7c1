package org.confounderlab.engine.input;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.confounderlab.engine.data.DataProblem;
import org.confounderlab.engine.image.ImageDecodeException;

/**
 * Decodes and letterboxes every file of a list once, on a pool of threads, handing each image to a consumer (the
 * cache build writes it; the check without a cache drops it) and collecting the files that cannot be read, with why.
 * Prints how far it is every few seconds.
 */
final class ImageScan {

    /** Takes one letterboxed image; called from several threads at once. */
    @FunctionalInterface
    interface Sink {
        void accept(int index, Letterboxed image) throws java.io.IOException;
    }

    /** What the scan met: the unreadable files by index in the list, and how long it took. */
    record Outcome(List<Bad> bad, long millis) {
    }

    /** A file that could not be read. */
    record Bad(int index, Path file, String reason) {
        DataProblem problem() {
            return new DataProblem(file, 0, null, reason);
        }
    }

    private ImageScan() {
    }

    static Outcome run(List<Path> files, DecodingStore decoder, int threads, Sink sink, PrintStream progress,
            String what) throws InterruptedException, java.io.IOException {
        long start = System.currentTimeMillis();
        List<Bad> bad = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger done = new AtomicInteger();
        long[] lastReport = {start};
        ForkJoinPool pool = new ForkJoinPool(Math.max(1, threads));
        try {
            pool.submit(() -> IntStream.range(0, files.size()).parallel().forEach(index -> {
                Path file = files.get(index);
                try {
                    sink.accept(index, decoder.letterbox(file));
                } catch (ImageDecodeException e) {
                    String message = e.getMessage();
                    String prefix = file + ": ";
                    bad.add(new Bad(index, file, message.startsWith(prefix) ? message.substring(prefix.length())
                            : message));
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                int count = done.incrementAndGet();
                long now = System.currentTimeMillis();
                synchronized (lastReport) {
                    if (progress != null && now - lastReport[0] >= 5000) {
                        lastReport[0] = now;
                        progress.printf(Locale.ROOT, "%s: %d of %d images (%.0f img/s)%n", what, count, files.size(),
                                count * 1000.0 / Math.max(1, now - start));
                    }
                }
            })).get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof java.io.UncheckedIOException io) {
                throw io.getCause();
            }
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
        List<Bad> sorted = new ArrayList<>(bad);
        sorted.sort((a, b) -> Integer.compare(a.index(), b.index()));
        return new Outcome(sorted, System.currentTimeMillis() - start);
    }
}
