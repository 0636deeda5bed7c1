package org.confounderlab.engine.imageproperties;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;

import org.confounderlab.engine.dicom.DicomDataSet;
import org.confounderlab.engine.dicom.DicomFileException;
import org.confounderlab.engine.dicom.DicomParser;
import org.confounderlab.engine.dicom.DicomTags;
import org.confounderlab.engine.image.ColourMode;
import org.confounderlab.engine.image.FloatImage;
import org.confounderlab.engine.image.ImageDecodeException;
import org.confounderlab.engine.image.ImageDecoder;
import org.confounderlab.model.experiment.DicomIntensity;
import org.w3c.dom.Node;

/**
 * Measures the {@link ImageProperty image properties} of one file: its header (size, bit depth, format, JPEG
 * quality) and its decoded gray pixels. Percentiles come from a 4,096-bin histogram of [0, 1], exact to 1/4,096.
 * Thread-safe: it keeps no state between files.
 */
public final class ImagePropertyMeter {

    /** Histogram bins of the percentiles. */
    static final int BINS = 4096;

    private static final float BLACK = 1f / 255;
    private static final float WHITE = 254f / 255;
    /** Two neighbours closer than this belong to one uniform band. */
    private static final float UNIFORM = 2f / 255;

    private final ImageDecoder decoder;

    /** A meter of DICOM files mapped by {@code intensity}, as the experiment's runs see them. */
    public ImagePropertyMeter(DicomIntensity intensity) {
        this.decoder = new ImageDecoder(ColourMode.GRAY, intensity);
    }

    /** One file's properties. */
    public ImageProperties measure(Path file) throws ImageDecodeException {
        return measure(file, decoder.decode(file));
    }

    /**
     * The properties of {@code file}, already decoded as {@code decoded} (by a pass that needs the pixels anyway:
     * the cache build); a colour image is measured on its luma.
     */
    public ImageProperties measure(Path file, FloatImage decoded) {
        FloatImage image = decoded.channels() == 1 ? decoded : luma(decoded);
        double[] values = new double[ImageProperty.values().length];
        Arrays.fill(values, Double.NaN);
        intensities(image, values);
        values[ImageProperty.BORDER_WIDTH.ordinal()] = borderWidth(image);
        values[ImageProperty.NOISE.ordinal()] = noise(image);
        values[ImageProperty.WIDTH.ordinal()] = image.width();
        values[ImageProperty.HEIGHT.ordinal()] = image.height();
        values[ImageProperty.ASPECT_RATIO.ordinal()] = image.width() / (double) image.height();
        String format;
        if (ImageDecoder.isDicom(file)) {
            format = "DICOM";
            values[ImageProperty.BIT_DEPTH.ordinal()] = dicomBits(file);
        } else {
            format = header(file, values);
        }
        return new ImageProperties(values, format);
    }

    private static FloatImage luma(FloatImage rgb) {
        int plane = rgb.width() * rgb.height();
        float[] d = rgb.data();
        float[] gray = new float[plane];
        for (int i = 0; i < plane; i++) {
            gray[i] = 0.299f * d[i] + 0.587f * d[plane + i] + 0.114f * d[2 * plane + i];
        }
        return new FloatImage(rgb.width(), rgb.height(), 1, gray);
    }

    private static void intensities(FloatImage image, double[] values) {
        float[] data = image.data();
        long[] histogram = new long[BINS];
        double sum = 0;
        double squares = 0;
        long black = 0;
        long white = 0;
        for (float v : data) {
            sum += v;
            squares += (double) v * v;
            black += v <= BLACK ? 1 : 0;
            white += v >= WHITE ? 1 : 0;
            histogram[Math.min(BINS - 1, Math.max(0, (int) (v * BINS)))]++;
        }
        int n = data.length;
        double mean = sum / n;
        values[ImageProperty.MEAN_INTENSITY.ordinal()] = mean;
        values[ImageProperty.CONTRAST.ordinal()] = Math.sqrt(Math.max(0, squares / n - mean * mean));
        values[ImageProperty.BLACK_FRACTION.ordinal()] = black / (double) n;
        values[ImageProperty.WHITE_FRACTION.ordinal()] = white / (double) n;
        values[ImageProperty.P05_INTENSITY.ordinal()] = percentile(histogram, n, 0.05);
        values[ImageProperty.MEDIAN_INTENSITY.ordinal()] = percentile(histogram, n, 0.50);
        values[ImageProperty.P95_INTENSITY.ordinal()] = percentile(histogram, n, 0.95);
    }

    /** The centre of the histogram bin that holds the {@code q} quantile. */
    private static double percentile(long[] histogram, int n, double q) {
        long rank = (long) Math.ceil(q * n);
        long seen = 0;
        for (int b = 0; b < histogram.length; b++) {
            seen += histogram[b];
            if (seen >= Math.max(1, rank)) {
                return (b + 0.5) / histogram.length;
            }
        }
        return 1;
    }

    /**
     * The mean over the four sides of how many rows (or columns) from the edge inwards are uniform (every pixel
     * within 2/255 of the edge's first pixel), each as a share of the side it is measured along.
     */
    static double borderWidth(FloatImage image) {
        int w = image.width();
        int h = image.height();
        float[] d = image.data();
        double top = uniformLines(h, w, (line, i) -> d[line * w + i], d[0]) / (double) h;
        double bottom = uniformLines(h, w, (line, i) -> d[(h - 1 - line) * w + i], d[(h - 1) * w]) / (double) h;
        double left = uniformLines(w, h, (line, i) -> d[i * w + line], d[0]) / (double) w;
        double right = uniformLines(w, h, (line, i) -> d[i * w + w - 1 - line], d[w - 1]) / (double) w;
        return (top + bottom + left + right) / 4;
    }

    private interface Line {
        float at(int line, int i);
    }

    private static int uniformLines(int lines, int length, Line pixels, float reference) {
        for (int line = 0; line < lines / 2; line++) {
            for (int i = 0; i < length; i++) {
                if (Math.abs(pixels.at(line, i) - reference) > UNIFORM) {
                    return line;
                }
            }
        }
        return lines / 2;
    }

    /**
     * Immerkær (1996), "Fast noise variance estimation": σ = √(π/2) / (6 (W−2)(H−2)) · Σ |I ∗ N| with the mask
     * N = [1 −2 1; −2 4 −2; 1 −2 1], which cancels edges and smooth gradients; over every other row, which halves the
     * cost and, for images of more than a few rows, not the estimate.
     */
    static double noise(FloatImage image) {
        int w = image.width();
        int h = image.height();
        if (w < 3 || h < 3) {
            return Double.NaN;
        }
        float[] d = image.data();
        double sum = 0;
        long rows = 0;
        for (int y = 1; y < h - 1; y += 2) {
            rows++;
            int row = y * w;
            for (int x = 1; x < w - 1; x++) {
                int i = row + x;
                double v = d[i - w - 1] - 2 * d[i - w] + d[i - w + 1] - 2 * d[i - 1] + 4 * d[i] - 2 * d[i + 1]
                        + d[i + w - 1] - 2 * d[i + w] + d[i + w + 1];
                sum += Math.abs(v);
            }
        }
        return Math.sqrt(Math.PI / 2) * sum / (6.0 * (w - 2) * rows);
    }

    private static double dicomBits(Path file) {
        try {
            DicomDataSet data = DicomParser.readHeader(file).data();
            return data.number(DicomTags.BITS_STORED, data.number(DicomTags.BITS_ALLOCATED, Double.NaN));
        } catch (DicomFileException | RuntimeException e) {
            return Double.NaN; // the pixels were read: a header field that is not a number leaves this one missing
        }
    }

    /** The format's name; the bit depth, and a JPEG's quality, into {@code values}. */
    private static String header(Path file, double[] values) {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = in == null ? java.util.Collections.emptyIterator()
                    : ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return "unknown";
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in);
                String format = reader.getFormatName().toUpperCase(java.util.Locale.ROOT);
                format = format.equals("JPG") ? "JPEG" : format;
                values[ImageProperty.BIT_DEPTH.ordinal()] = reader.getRawImageType(0) == null ? Double.NaN
                        : reader.getRawImageType(0).getSampleModel().getSampleSize(0);
                if (format.equals("JPEG")) {
                    values[ImageProperty.JPEG_QUALITY.ordinal()] = jpegQuality(reader.getImageMetadata(0));
                }
                return format;
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return "unknown"; // decoded already: a header the reader cannot describe leaves these missing
        }
    }

    /**
     * The IJG quality whose scaled standard table is closest to the file's first (luminance) table: the mean ratio
     * of its entries to the standard's gives the scale S, and quality = (200 − S) / 2 for S ≤ 100, else 5000 / S.
     */
    static double jpegQuality(IIOMetadata metadata) {
        if (metadata == null) {
            return Double.NaN;
        }
        Node dqt = find(metadata.getAsTree("javax_imageio_jpeg_image_1.0"), "dqtable");
        if (dqt == null || !(dqt instanceof javax.imageio.metadata.IIOMetadataNode node)
                || !(node.getUserObject() instanceof javax.imageio.plugins.jpeg.JPEGQTable table)) {
            return Double.NaN;
        }
        int[] entries = table.getTable(); // natural order
        int[] standard = javax.imageio.plugins.jpeg.JPEGQTable.K1Luminance.getTable();
        double ratio = 0;
        for (int i = 0; i < 64; i++) {
            ratio += entries[i] * 100.0 / standard[i];
        }
        double scale = ratio / 64;
        double quality = scale <= 100 ? (200 - scale) / 2 : 5000 / scale;
        return Math.max(1, Math.min(100, Math.round(quality)));
    }

    private static Node find(Node node, String name) {
        if (node == null) {
            return null;
        }
        if (name.equals(node.getNodeName())) {
            return node;
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            Node found = find(child, name);
            if (found != null) {
                return found;
            }
        }
        return null;
    }
}
