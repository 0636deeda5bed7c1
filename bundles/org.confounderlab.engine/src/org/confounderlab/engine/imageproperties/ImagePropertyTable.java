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
        // each file once, as the cache build and the image check read them
        List<java.nio.file.Path> files = new ArrayList<>(new java.util.LinkedHashSet<>(entries.stream()
                .map(e -> e.image().toAbsolutePath()).toList()));
        java.util.Map<java.nio.file.Path, ImageProperties> measured = new java.util.concurrent.ConcurrentHashMap<>();
        List<DataProblem> problems = Collections.synchronizedList(new ArrayList<>());
        ParallelPass.run(files.size(), threads, progress, "image properties", i -> {
            java.nio.file.Path file = files.get(i);
            try {
                measured.put(file, meter.measure(file));
            } catch (ImageDecodeException e) {
                problems.add(new DataProblem(file, 0, null, e.getReason()));
            }
        });
        return of(entries, measured, problems, System.currentTimeMillis() - start);
    }

    /**
     * Collects the properties of the images a pass decodes anyway (the cache build, the check without a cache), by
     * file: a {@link org.confounderlab.engine.input.DecodedImageListener} for that pass.
     */
    public static final class Collector implements org.confounderlab.engine.input.DecodedImageListener {
        private final ImagePropertyMeter meter;
        private final java.util.Map<java.nio.file.Path, ImageProperties> measured =
                new java.util.concurrent.ConcurrentHashMap<>();
        private final long start = System.currentTimeMillis();

        public Collector(ImagePropertyMeter meter) {
            this.meter = meter;
        }

        @Override
        public void decoded(java.nio.file.Path file, org.confounderlab.engine.image.FloatImage image) {
            measured.put(file.toAbsolutePath(), meter.measure(file, image));
        }

        /** The table of {@code entries} from what was collected (NaN for images the pass did not decode). */
        public ImagePropertyTable table(List<ManifestEntry> entries) {
            return of(entries, measured, List.of(), System.currentTimeMillis() - start);
        }
    }

    private static ImagePropertyTable of(List<ManifestEntry> entries,
            java.util.Map<java.nio.file.Path, ImageProperties> byFile, List<DataProblem> problems, long millis) {
        int n = entries.size();
        double[][] columns = new double[ImageProperty.values().length][n];
        for (double[] column : columns) {
            Arrays.fill(column, Double.NaN);
        }
        String[] formats = new String[n];
        for (int i = 0; i < n; i++) {
            ImageProperties p = byFile.get(entries.get(i).image().toAbsolutePath());
            if (p != null) {
                for (ImageProperty property : ImageProperty.values()) {
                    columns[property.ordinal()][i] = p.value(property);
                }
                formats[i] = p.format();
            }
        }
        return new ImagePropertyTable(columns, formats, problems, millis);
    }

    /** Header of the file {@link #write} writes. */
    static final String HEADER = "image\tformat\t" + String.join("\t", Arrays.stream(ImageProperty.values())
            .map(ImageProperty::attribute).toList());

    /**
     * Writes the table of {@code entries} (one line per distinct image) to {@code file}, a tab-separated sidecar of
     * the preprocessed cache, so that a run that reuses the cache has the properties without decoding again.
     */
    public void write(java.nio.file.Path file, List<ManifestEntry> entries) throws java.io.IOException {
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        java.util.Set<java.nio.file.Path> written = new java.util.HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            java.nio.file.Path image = entries.get(i).image().toAbsolutePath();
            if (formats[i] == null || !written.add(image)) {
                continue;
            }
            text.append(image).append('\t').append(formats[i]);
            for (double[] column : columns) {
                text.append('\t').append(Double.isNaN(column[i]) ? "" : Double.toString(column[i]));
            }
            text.append('\n');
        }
        org.confounderlab.model.resource.AtomicFiles.write(file, text.toString().getBytes(
                java.nio.charset.StandardCharsets.UTF_8));
    }

    /**
     * The table of {@code entries} from a sidecar {@link #write} wrote, or {@code null} when there is none or it is
     * not one (another version, a damaged file).
     */
    public static ImagePropertyTable read(java.nio.file.Path file, List<ManifestEntry> entries) {
        if (!java.nio.file.Files.isRegularFile(file)) {
            return null;
        }
        try {
            List<String> lines = java.nio.file.Files.readAllLines(file);
            if (lines.isEmpty() || !lines.get(0).equals(HEADER)) {
                return null;
            }
            java.util.Map<java.nio.file.Path, ImageProperties> byFile = new java.util.HashMap<>();
            int properties = ImageProperty.values().length;
            for (String line : lines.subList(1, lines.size())) {
                String[] parts = line.split("\t", -1);
                if (parts.length != properties + 2) {
                    return null;
                }
                double[] values = new double[properties];
                for (int p = 0; p < properties; p++) {
                    values[p] = parts[p + 2].isEmpty() ? Double.NaN : Double.parseDouble(parts[p + 2]);
                }
                byFile.put(java.nio.file.Path.of(parts[0]), new ImageProperties(values, parts[1]));
            }
            return of(entries, byFile, List.of(), 0);
        } catch (java.io.IOException | RuntimeException e) {
            return null; // the run measures nothing then; the cache itself is still good
        }
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
