package org.confounderlab.engine.marks;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import org.confounderlab.engine.data.Box;
import org.confounderlab.engine.image.FloatImage;

/**
 * Reads the text of a mark with Tesseract's command line (Debian {@code tesseract-ocr}, 5.x), when it is installed.
 * The box and a margin are cut out; the mark's ink is what stands above the crop's own local background (so initials
 * on a bright patch of anatomy separate from it), drawn dark on white (Tesseract reads dark on light), enlarged
 * smoothly to a cap height of about {@value #CAP_HEIGHT} pixels and thresholded again (a blocky nearest-neighbour
 * enlargement of a 15-pixel letter reads worse), framed in white, and read as one line ({@code --psm 7}), kept
 * as capitals and digits. (A character whitelist made Tesseract 5's LSTM drop single letters it otherwise reads.) A lead marker seen from behind is mirrored: when the plain reading is not a laterality word
 * ({@link #LATERALITY}) and the mirrored one is, the mirrored one is kept, marked as such. Found on the
 * {@code PATH}, or at {@code CONFOUNDERLAB_TESSERACT}. Only the images' own pixels are written (to a temporary PNG);
 * nothing of the data set is executed.
 */
public final class TesseractOcr {

    static final int CAP_HEIGHT = 48;
    /**
     * Where the enlarged ink map is cut: below its middle, which thickens strokes by about a pixel and joins the
     * corner-touching pixels of small bitmap letters (a 5 × 7 "R" otherwise falls apart into pieces).
     */
    static final double INK = 0.25;

    /** Words a laterality marker says. */
    public static final java.util.Set<String> LATERALITY = java.util.Set.of("L", "R", "LT", "RT", "LEFT", "RIGHT",
            "SIN", "DEX");

    /** What Tesseract read: the text (capitals and digits), its lowest word confidence (0–100), mirrored or not. */
    public record Reading(String text, double confidence, boolean mirrored) {

        /** The text, with "(mirrored)" after a mirrored reading; empty when nothing was read. */
        public String describe() {
            return text.isEmpty() ? "" : mirrored ? text + " (mirrored)" : text;
        }
    }
    static final long TIMEOUT_SECONDS = 20;

    private final String command;

    private TesseractOcr(String command) {
        this.command = command;
    }

    /** Tesseract, when its command runs here. */
    public static Optional<TesseractOcr> find() {
        String command = System.getenv().getOrDefault("CONFOUNDERLAB_TESSERACT", "tesseract");
        try {
            Process process = new ProcessBuilder(command, "--version").redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            if (process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS) && process.exitValue() == 0) {
                return Optional.of(new TesseractOcr(command));
            }
            process.destroyForcibly();
        } catch (IOException e) {
            // not installed
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return Optional.empty();
    }

    /** The letters and digits Tesseract reads in {@code box} of {@code image}; empty when it reads none. */
    public String read(FloatImage image, Box box) throws IOException, InterruptedException {
        return reading(image, box).describe();
    }

    /** The reading of {@code box} of {@code image}, plain or, for a mirrored laterality marker, mirrored. */
    public Reading reading(FloatImage image, Box box) throws IOException, InterruptedException {
        if (box.height() < SMALLEST_HEIGHT) {
            return new Reading("", 0, false); // a speck: Tesseract reads letters into anything that small
        }
        BufferedImage ink = ink(image, box);
        Reading plain = ocr(ink, false);
        if (LATERALITY.contains(plain.text())) {
            return plain;
        }
        Reading mirrored = ocr(mirror(ink), true);
        return LATERALITY.contains(mirrored.text()) && mirrored.confidence() >= MIRRORED_CONFIDENCE ? mirrored
                : plain;
    }

    /** Marks lower than this many pixels are not read: no letter is legible in fewer. */
    static final double SMALLEST_HEIGHT = 6;
    /** The word confidence a mirrored reading needs to be kept (the RG3 lead marker's is 93). */
    static final double MIRRORED_CONFIDENCE = 80;

    /** The mark in {@code box}, dark on white, enlarged and framed for Tesseract. */
    static BufferedImage ink(FloatImage image, Box box) {
        int margin = (int) Math.ceil(0.25 * Math.max(box.width(), box.height())) + 2;
        int x0 = Math.max(0, (int) box.x() - margin);
        int y0 = Math.max(0, (int) box.y() - margin);
        int x1 = Math.min(image.width(), (int) Math.ceil(box.x() + box.width()) + margin);
        int y1 = Math.min(image.height(), (int) Math.ceil(box.y() + box.height()) + margin);
        int w = x1 - x0;
        int h = y1 - y0;
        // above the local background: the mean over a window half the crop's larger side wide
        int radius = Math.max(3, Math.max(w, h) / 2);
        double[] integral = new double[(w + 1) * (h + 1)];
        for (int y = 0; y < h; y++) {
            double row = 0;
            for (int x = 0; x < w; x++) {
                row += image.get(x0 + x, y0 + y, 0);
                integral[(y + 1) * (w + 1) + x + 1] = integral[y * (w + 1) + x + 1] + row;
            }
        }
        float[] above = new float[w * h];
        float most = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int ax = Math.max(0, x - radius);
                int ay = Math.max(0, y - radius);
                int bx = Math.min(w, x + radius + 1);
                int by = Math.min(h, y + radius + 1);
                double sum = integral[by * (w + 1) + bx] - integral[ay * (w + 1) + bx] - integral[by * (w + 1) + ax]
                        + integral[ay * (w + 1) + ax];
                float d = (float) (image.get(x0 + x, y0 + y, 0) - sum / ((bx - ax) * (by - ay)));
                above[y * w + x] = d;
                most = Math.max(most, d);
            }
        }
        float threshold = most / 2;
        // smooth enlargement: bilinear on a soft ink map, then one threshold at its middle
        double scale = Math.max(1, CAP_HEIGHT / (0.7 * h));
        int pad = 20;
        int width = (int) Math.round(w * scale);
        int height = (int) Math.round(h * scale);
        BufferedImage crop = new BufferedImage(width + 2 * pad, height + 2 * pad, BufferedImage.TYPE_BYTE_GRAY);
        for (int y = 0; y < crop.getHeight(); y++) {
            for (int x = 0; x < crop.getWidth(); x++) {
                boolean inkHere = false;
                if (x >= pad && y >= pad && x < pad + width && y < pad + height) {
                    double sx = Math.min(w - 1, Math.max(0, (x - pad + 0.5) / scale - 0.5));
                    double sy = Math.min(h - 1, Math.max(0, (y - pad + 0.5) / scale - 0.5));
                    int ix = Math.min(w - 2, (int) sx);
                    int iy = Math.min(h - 2, (int) sy);
                    double fx = w < 2 ? 0 : sx - ix;
                    double fy = h < 2 ? 0 : sy - iy;
                    double v = soft(above, w, h, ix, iy, threshold) * (1 - fx) * (1 - fy)
                            + soft(above, w, h, ix + 1, iy, threshold) * fx * (1 - fy)
                            + soft(above, w, h, ix, iy + 1, threshold) * (1 - fx) * fy
                            + soft(above, w, h, ix + 1, iy + 1, threshold) * fx * fy;
                    inkHere = v >= INK;
                }
                crop.getRaster().setSample(x, y, 0, inkHere ? 0 : 255);
            }
        }
        return crop;
    }

    /** 1 for ink, 0 for background, at pixel ({@code x}, {@code y}) of the ink map. */
    private static double soft(float[] above, int w, int h, int x, int y, float threshold) {
        if (x < 0 || y < 0 || x >= w || y >= h) {
            return 0;
        }
        return above[y * w + x] >= threshold ? 1 : 0;
    }

    private static BufferedImage mirror(BufferedImage image) {
        BufferedImage mirrored = new BufferedImage(image.getWidth(), image.getHeight(), image.getType());
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                mirrored.getRaster().setSample(image.getWidth() - 1 - x, y, 0, image.getRaster().getSample(x, y, 0));
            }
        }
        return mirrored;
    }

    /** Tesseract's reading of {@code image} as one line of capitals and digits, with its lowest word confidence. */
    private Reading ocr(BufferedImage image, boolean mirrored) throws IOException, InterruptedException {
        Path file = Files.createTempFile("confounderlab-mark", ".png");
        try {
            ImageIO.write(image, "png", file.toFile());
            Process process = new ProcessBuilder(List.of(command, file.toString(), "stdout", "--psm", "7", "tsv"))
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            byte[] out = process.getInputStream().readAllBytes();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return new Reading("", 0, mirrored);
            }
            StringBuilder text = new StringBuilder();
            double confidence = 100;
            for (String line : new String(out, StandardCharsets.UTF_8).split("\\R")) {
                String[] fields = line.split("\t", -1);
                // level page_num block_num par_num line_num word_num left top width height conf text
                if (fields.length == 12 && fields[0].equals("5") && !fields[11].isBlank()) {
                    String word = fields[11].replaceAll("[^\\p{Alnum}]", "").toUpperCase(java.util.Locale.ROOT);
                    if (!word.isEmpty()) {
                        text.append(word);
                        confidence = Math.min(confidence, Double.parseDouble(fields[10]));
                    }
                }
            }
            return new Reading(text.toString(), text.isEmpty() ? 0 : confidence, mirrored);
        } catch (NumberFormatException e) {
            return new Reading("", 0, mirrored);
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
