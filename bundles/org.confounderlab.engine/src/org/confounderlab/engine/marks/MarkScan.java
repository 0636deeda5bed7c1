package org.confounderlab.engine.marks;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.confounderlab.engine.data.DataProblem;
import org.confounderlab.engine.data.ManifestEntry;
import org.confounderlab.engine.image.ColourMode;
import org.confounderlab.engine.image.ImageDecodeException;
import org.confounderlab.engine.image.ImageDecoder;
import org.confounderlab.engine.input.ParallelPass;
import org.confounderlab.model.experiment.DicomIntensity;

/**
 * The marks of every image of a data set, found on a pool of threads; only the boxes are kept, never the pixels.
 *
 * @param marks    per entry, its marks ({@code null} when the image could not be read)
 * @param problems the images that could not be read, with why
 * @param millis   how long it took
 */
public record MarkScan(List<List<BurnedInMark>> marks, List<DataProblem> problems, long millis) {

    /** Scans {@code entries}, reporting progress every few seconds to {@code progress} (may be {@code null}). */
    public static MarkScan of(List<ManifestEntry> entries, DicomIntensity intensity, int threads,
            PrintStream progress) throws InterruptedException {
        long start = System.currentTimeMillis();
        ImageDecoder decoder = new ImageDecoder(ColourMode.GRAY, intensity);
        MarkDetector detector = new MarkDetector();
        List<List<BurnedInMark>> marks = new ArrayList<>(Collections.nCopies(entries.size(), null));
        List<DataProblem> problems = Collections.synchronizedList(new ArrayList<>());
        ParallelPass.run(entries.size(), threads, progress, "marks", i -> {
            ManifestEntry entry = entries.get(i);
            try {
                List<BurnedInMark> found = detector.detect(decoder.decode(entry.image()));
                synchronized (marks) {
                    marks.set(i, found);
                }
            } catch (ImageDecodeException e) {
                problems.add(new DataProblem(entry.image(), 0, null, e.getReason()));
            }
        });
        return new MarkScan(marks, List.copyOf(problems), System.currentTimeMillis() - start);
    }
}
