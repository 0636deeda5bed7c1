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
 * Reads the text of a mark with Tesseract's command line (Debian {@code tesseract-ocr}, 5.x), when it is installed:
 * the box and a margin cut out, binarised at the midpoint of its range with the mark dark on white (marks are bright;
 * Tesseract reads dark on light), framed in white, enlarged to at least
 * {@value #HEIGHT} pixels high, and read as one line ({@code --psm 7}) or one character ({@code --psm 10}) for a
 * square box. Found on the {@code PATH}, or at {@code CONFOUNDERLAB_TESSERACT}. Only the images' own pixels are
 * written (to a temporary PNG); nothing of the data set is executed.
 */
public final class TesseractOcr {

    static final int HEIGHT = 64;
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
        int margin = (int) Math.ceil(0.25 * Math.max(box.width(), box.height())) + 2;
        int x0 = Math.max(0, (int) box.x() - margin);
        int y0 = Math.max(0, (int) box.y() - margin);
        int x1 = Math.min(image.width(), (int) Math.ceil(box.x() + box.width()) + margin);
        int y1 = Math.min(image.height(), (int) Math.ceil(box.y() + box.height()) + margin);
        int scale = Math.max(1, (int) Math.ceil(HEIGHT / (double) (y1 - y0)));
        float low = 1;
        float high = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                low = Math.min(low, image.get(x, y, 0));
                high = Math.max(high, image.get(x, y, 0));
            }
        }
        float threshold = (low + high) / 2;
        // a white border as wide as the mark's margin: Tesseract wants text away from the edges
        int pad = margin * scale;
        BufferedImage crop = new BufferedImage((x1 - x0) * scale + 2 * pad, (y1 - y0) * scale + 2 * pad,
                BufferedImage.TYPE_BYTE_GRAY);
        for (int y = 0; y < crop.getHeight(); y++) {
            for (int x = 0; x < crop.getWidth(); x++) {
                int sx = (x - pad) / scale;
                int sy = (y - pad) / scale;
                boolean inside = x >= pad && y >= pad && sx < x1 - x0 && sy < y1 - y0;
                boolean ink = inside && image.get(x0 + sx, y0 + sy, 0) >= threshold;
                crop.getRaster().setSample(x, y, 0, ink ? 0 : 255);
            }
        }
        Path file = Files.createTempFile("confounderlab-mark", ".png");
        try {
            ImageIO.write(crop, "png", file.toFile());
            boolean square = box.width() <= 1.3 * box.height();
            Process process = new ProcessBuilder(List.of(command, file.toString(), "stdout", "--psm",
                    square ? "10" : "7")).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            byte[] out = process.getInputStream().readAllBytes();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return "";
            }
            return new String(out, StandardCharsets.UTF_8).replaceAll("[^\\p{Alnum}]", "");
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
