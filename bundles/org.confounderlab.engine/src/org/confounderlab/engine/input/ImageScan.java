package org.confounderlab.engine.input;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

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
        try {
            ParallelPass.run(files.size(), threads, progress, what, index -> {
                Path file = files.get(index);
                try {
                    sink.accept(index, decoder.letterbox(file));
                } catch (ImageDecodeException e) {
                    bad.add(new Bad(index, file, e.getReason()));
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
        List<Bad> sorted = new ArrayList<>(bad);
        sorted.sort((a, b) -> Integer.compare(a.index(), b.index()));
        return new Outcome(sorted, System.currentTimeMillis() - start);
    }
}
