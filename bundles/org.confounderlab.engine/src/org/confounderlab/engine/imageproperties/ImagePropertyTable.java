package org.confounderlab.engine.imageproperties;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.confounderlab.engine.data.DataProblem;
import org.confounderlab.engine.data.ManifestEntry;
import org.confounderlab.engine.image.ImageDecodeException;
import org.confounderlab.engine.input.ParallelPass;

/**
 * The image properties of a data set's entries, a column of numbers per property: 14 values and a format per image,
 * never the pixels, so that 400,000 images take about 45 MB. Images that cannot be read have NaN everywhere and are
 * listed as problems.
 */
public final class ImagePropertyTable {

    private final double[][] columns;
    private final String[] formats;
    private final List<DataProblem> problems;
    private final long millis;

    private ImagePropertyTable(double[][] columns, String[] formats, List<DataProblem> problems, long millis) {
        this.columns = columns;
        this.formats = formats;
        this.problems = List.copyOf(problems);
        this.millis = millis;
    }

    /**
     * Measures every entry's image on {@code threads} threads, printing how far it is every few seconds to
     * {@code progress} (may be {@code null}).
     */
    public static ImagePropertyTable measure(List<ManifestEntry> entries, ImagePropertyMeter meter, int threads,
            PrintStream progress) throws InterruptedException {
        long start = System.currentTimeMillis();
        int n = entries.size();
        double[][] columns = new double[ImageProperty.values().length][n];
        for (double[] column : columns) {
            Arrays.fill(column, Double.NaN);
        }
        String[] formats = new String[n];
        List<DataProblem> problems = Collections.synchronizedList(new ArrayList<>());
        ParallelPass.run(n, threads, progress, "image properties", i -> {
            ManifestEntry entry = entries.get(i);
            try {
                ImageProperties properties = meter.measure(entry.image());
                for (ImageProperty property : ImageProperty.values()) {
                    columns[property.ordinal()][i] = properties.value(property);
                }
                formats[i] = properties.format();
            } catch (ImageDecodeException e) {
                String prefix = entry.image() + ": ";
                String message = e.getMessage();
                problems.add(new DataProblem(entry.image(), 0, null, message.startsWith(prefix)
                        ? message.substring(prefix.length()) : message));
            }
        });
        return new ImagePropertyTable(columns, formats, problems, System.currentTimeMillis() - start);
    }

    /** The values of {@code property}, one per entry in the measured order (NaN when unknown). */
    public double[] values(ImageProperty property) {
        return columns[property.ordinal()].clone();
    }

    /**
     * Whether {@code property} takes at least two values over the entries: a set of PNGs has no JPEG quality, and a
     * set of 1024 × 1024 images tells nothing by its width.
     */
    public boolean varies(ImageProperty property) {
        return Arrays.stream(columns[property.ordinal()]).filter(v -> !Double.isNaN(v)).distinct().limit(2)
                .count() == 2;
    }

    /** Whether the entries' files are of more than one format. */
    public boolean formatsVary() {
        return Arrays.stream(formats).filter(java.util.Objects::nonNull).distinct().limit(2).count() == 2;
    }

    /** Each entry's file format, {@code null} when unreadable. */
    public String[] formats() {
        return formats.clone();
    }

    /** Entries measured. */
    public int size() {
        return formats.length;
    }

    /** The images that could not be read, with why. */
    public List<DataProblem> problems() {
        return problems;
    }

    /** How long the measuring took. */
    public long millis() {
        return millis;
    }
}
