package org.confounderlab.engine.synthetic;

import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import javax.imageio.ImageIO;

import org.confounderlab.engine.data.Box;
import org.confounderlab.engine.data.SplitName;

/**
 * Writes a synthetic, deliberately confounded radiograph-like data set: 8-bit gray PNGs plus a manifest CSV in the
 * generic format, with the true signal (a faint blob, {@code region:lesion}) and planted shortcuts (an L/R marker whose
 * presence follows the label, technologist initials, a site effect) so that shortcut learning can be demonstrated and
 * its detection tested against known ground truth.
 */
public final class SyntheticGenerator {

    /** The label column. */
    public static final String LABEL = "finding";
    /** The manifest file name. */
    public static final String MANIFEST = "manifest.csv";
    /** The folder for images, relative to the manifest. */
    public static final String IMAGE_FOLDER = "images";

    private static final String[] SITES = {"A", "B", "C"};
    private static final String[] TECHNOLOGISTS = {"JK", "MS", "TP", "AW"};
    private static final String HEADER = "path,patient_id,split,finding,site,technologist,sex,age,marker,"
            + "region:lesion,region:laterality,region:initials";

    private final SyntheticDataSpec spec;

    public SyntheticGenerator(SyntheticDataSpec spec) {
        this.spec = spec;
    }

    /** Writes images and manifest into {@code folder} (created if needed) and returns the ground truth. */
    public SyntheticDataSet generate(Path folder) throws IOException {
        Path images = folder.resolve(IMAGE_FOLDER);
        Files.createDirectories(images);
        List<SyntheticImage> truth = new ArrayList<>();
        SplittableRandom root = new SplittableRandom(spec.seed());
        int patients = (spec.count() + spec.imagesPerPatient() - 1) / spec.imagesPerPatient();
        int digits = Math.max(5, String.valueOf(spec.count()).length());
        int imageIndex = 0;
        for (int p = 0; p < patients; p++) {
            // One independent stream per patient: a patient's images do not shift when other options change.
            SplittableRandom patientRandom = root.split();
            Patient patient = drawPatient(p, patientRandom);
            int images0 = Math.min(spec.imagesPerPatient(), spec.count() - imageIndex);
            for (int k = 0; k < images0; k++, imageIndex++) {
                String name = IMAGE_FOLDER + "/img_" + pad(imageIndex, digits) + ".png";
                truth.add(render(patient, name, patientRandom.split(), folder.resolve(name)));
            }
        }
        Path manifest = folder.resolve(MANIFEST);
        writeManifest(manifest, truth);
        return new SyntheticDataSet(manifest, truth);
    }

    private record Patient(String id, boolean finding, String site, String sex, int age, SplitName split) {
    }

    private Patient drawPatient(int index, SplittableRandom random) {
        boolean finding = random.nextDouble() < spec.prevalence();
        // Site follows the label with siteStrength (positives to A, negatives to C), else uniform, so that the
        // sites' prevalences differ.
        boolean siteFollows = random.nextDouble() < spec.siteStrength();
        String uniformSite = SITES[random.nextInt(SITES.length)];
        String site = siteFollows ? (finding ? "A" : "C") : uniformSite;
        String sex = random.nextBoolean() ? "M" : "F";
        // Positives are somewhat older, as for most findings: age is a plausible, legitimate-looking correlate.
        int age = (int) Math.round(48 + 14 * random.nextGaussian() + (finding ? 8 : 0));
        age = Math.max(18, Math.min(95, age));
        double u = random.nextDouble();
        SplitName split = u < 0.7 ? SplitName.TRAIN : u < 0.85 ? SplitName.VALIDATION : SplitName.TEST;
        return new Patient("P" + pad(index + 1, 5), finding, site, sex, age, split);
    }

    private SyntheticImage render(Patient patient, String relativePath, SplittableRandom random, Path file)
            throws IOException {
        int n = spec.size();
        // Draw every random number first, in a fixed order, whatever is drawn: output depends only on the seed.
        boolean markerFollows = random.nextDouble() < spec.markerStrength();
        boolean markerCoin = random.nextBoolean();
        boolean markerPresent = markerFollows ? patient.finding() : markerCoin;
        String letter = random.nextBoolean() ? "L" : "R";
        int markerJitterX = random.nextInt(Math.max(1, n / 16));
        int markerJitterY = random.nextInt(Math.max(1, n / 16));
        boolean techFollows = random.nextDouble() < spec.initialsStrength();
        String uniformTech = TECHNOLOGISTS[random.nextInt(TECHNOLOGISTS.length)];
        String technologist = techFollows ? (patient.finding() ? TECHNOLOGISTS[0] : TECHNOLOGISTS[1]) : uniformTech;
        boolean initialsRight = random.nextBoolean();
        double lesionSide = random.nextBoolean() ? -1 : 1;
        double lesionDx = random.nextDouble() * 2 - 1;
        double lesionDy = random.nextDouble() * 2 - 1;
        double lesionSigma = n * 0.045 * (0.8 + 0.4 * random.nextDouble());
        double bodyJitter = random.nextGaussian() * 0.01;
        long noiseSeed = random.nextLong();

        float[] pixels = anatomy(patient, bodyJitter);
        Box lesion = null;
        if (patient.finding()) {
            // Inside one lung field, away from its edge and below the marker band, so the two never overlap.
            double cx = n / 2.0 + lesionSide * n * 0.17 + lesionDx * n * 0.05;
            double cy = n * 0.52 + lesionDy * n * 0.09;
            lesion = drawLesion(pixels, cx, cy, lesionSigma);
        }
        applySite(pixels, patient.site());
        addNoise(pixels, new SplittableRandom(noiseSeed));
        drawBorder(pixels, patient.site());

        int margin = n / 16;
        Box laterality = null;
        if (markerPresent) {
            int scale = Math.max(1, n / 40);
            int w = BitmapFont.textWidth(letter, scale);
            int h = BitmapFont.textHeight(scale);
            int x = letter.equals("L") ? margin + markerJitterX : n - margin - markerJitterX - w;
            int y = margin + markerJitterY;
            BitmapFont.draw(pixels, n, n, letter, x, y, scale, 0.97f);
            laterality = new Box(x, y, w, h);
        }
        int initialsScale = Math.max(1, n / 64);
        int iw = BitmapFont.textWidth(technologist, initialsScale);
        int ih = BitmapFont.textHeight(initialsScale);
        int ix = initialsRight ? n - margin - iw : margin;
        int iy = n - margin - ih;
        BitmapFont.draw(pixels, n, n, technologist, ix, iy, initialsScale, 0.9f);
        Box initials = new Box(ix, iy, iw, ih);

        writePng(pixels, n, file);
        return new SyntheticImage(relativePath, patient.id(), patient.split(), patient.finding(), patient.site(),
                technologist, patient.sex(), patient.age(), markerPresent ? letter : null, lesion, laterality,
                initials);
    }

    /** Background gradient, body, lungs, spine: a chest-radiograph-like scene in 0..1. */
    private float[] anatomy(Patient patient, double bodyJitter) {
        int n = spec.size();
        float[] pixels = new float[n * n];
        // The subtle protected-attribute correlate: narrower bodies for F, scaled by its strength.
        double widthFactor = 0.40 - (patient.sex().equals("F") ? 0.04 * spec.sexCorrelateStrength() : 0) + bodyJitter;
        double bodyCx = n / 2.0;
        double bodyCy = n * 0.64;
        double bodyRx = n * widthFactor;
        double bodyRy = n * 0.52;
        double lungCy = n * 0.52;
        double ribPeriod = n * 0.085;
        for (int y = 0; y < n; y++) {
            for (int x = 0; x < n; x++) {
                double px = x + 0.5;
                double py = y + 0.5;
                double v = 0.06 + 0.08 * py / n + 0.03 * px / n;
                double body = softInside(px, py, bodyCx, bodyCy, bodyRx, bodyRy, n * 0.04);
                v += 0.42 * body;
                // Lungs are dark (air), the mediastinum and spine between them bright; ribs curve down laterally.
                double lungs = softInside(px, py, bodyCx - n * 0.16, lungCy, n * 0.12, n * 0.27, n * 0.04)
                        + softInside(px, py, bodyCx + n * 0.16, lungCy, n * 0.12, n * 0.27, n * 0.04);
                double dx = px - bodyCx;
                double ribY = py + 0.9 * dx * dx / n;
                double ribs = 0.5 + 0.5 * Math.sin(2 * Math.PI * ribY / ribPeriod);
                v -= lungs * (0.26 - 0.035 * ribs);
                double heart = softInside(px, py, bodyCx + n * 0.05, lungCy + n * 0.14, n * 0.12, n * 0.1, n * 0.05);
                v += 0.14 * heart * lungs;
                double spine = Math.exp(-Math.pow(dx / (n * 0.035), 2)) * body;
                v += 0.12 * spine;
                pixels[y * n + x] = (float) v;
            }
        }
        return pixels;
    }

    /** 1 well inside the ellipse, 0 outside, a smooth ramp of width {@code edge} across its border. */
    private static double softInside(double x, double y, double cx, double cy, double rx, double ry, double edge) {
        double dx = (x - cx) / rx;
        double dy = (y - cy) / ry;
        double distance = (Math.sqrt(dx * dx + dy * dy) - 1) * Math.min(rx, ry);
        double t = Math.max(0, Math.min(1, 0.5 - distance / edge));
        return t * t * (3 - 2 * t);
    }

    /** Adds a soft blob that is exactly zero beyond 2σ, so all of it lies inside the returned box. */
    private Box drawLesion(float[] pixels, double cx, double cy, double sigma) {
        int n = spec.size();
        double radius = 2 * sigma;
        int x0 = Math.max(0, (int) Math.floor(cx - radius));
        int y0 = Math.max(0, (int) Math.floor(cy - radius));
        int x1 = Math.min(n, (int) Math.ceil(cx + radius));
        int y1 = Math.min(n, (int) Math.ceil(cy + radius));
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                double r2 = (Math.pow(x + 0.5 - cx, 2) + Math.pow(y + 0.5 - cy, 2)) / (sigma * sigma);
                double window = Math.max(0, 1 - r2 / 4);
                pixels[y * n + x] += (float) (spec.lesionContrast() * Math.exp(-r2 / 2) * window);
            }
        }
        return new Box(x0, y0, x1 - x0, y1 - y0);
    }

    /** Per-hospital brightness and contrast; always on, as real sites differ (the strength sets who goes where). */
    private static void applySite(float[] pixels, String site) {
        double offset = switch (site) {
            case "A" -> 0.08;
            case "C" -> -0.05;
            default -> 0;
        };
        double contrast = switch (site) {
            case "A" -> 1.15;
            case "C" -> 0.85;
            default -> 1;
        };
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = (float) ((pixels[i] - 0.3) * contrast + 0.3 + offset);
        }
    }

    private static void addNoise(float[] pixels, SplittableRandom random) {
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] += (float) (0.015 * random.nextGaussian());
        }
    }

    /** Site A's collimator leaves a black frame, site C's scanner a light one; B has none. */
    private void drawBorder(float[] pixels, String site) {
        int n = spec.size();
        if (site.equals("B")) {
            return;
        }
        int width = Math.max(1, n / 32);
        float value = site.equals("A") ? 0f : 0.55f;
        for (int y = 0; y < n; y++) {
            for (int x = 0; x < n; x++) {
                if (x < width || y < width || x >= n - width || y >= n - width) {
                    pixels[y * n + x] = value;
                }
            }
        }
    }

    private static void writePng(float[] pixels, int n, Path file) throws IOException {
        BufferedImage image = new BufferedImage(n, n, BufferedImage.TYPE_BYTE_GRAY);
        WritableRaster raster = image.getRaster();
        for (int y = 0; y < n; y++) {
            for (int x = 0; x < n; x++) {
                float v = Math.max(0f, Math.min(1f, pixels[y * n + x]));
                raster.setSample(x, y, 0, Math.round(v * 255f));
            }
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            if (!ImageIO.write(image, "png", out)) {
                throw new IOException("no PNG writer available");
            }
        }
    }

    private static void writeManifest(Path manifest, List<SyntheticImage> images) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(manifest, StandardCharsets.UTF_8)) {
            out.write(HEADER);
            out.write('\n');
            for (SyntheticImage image : images) {
                out.write(String.join(",", csv(image.path()), csv(image.patientId()),
                        image.split().name().toLowerCase(Locale.ROOT), image.finding() ? "1" : "0", image.site(),
                        image.technologist(), image.sex(), Integer.toString(image.age()),
                        image.marker() == null ? "none" : image.marker(), box(image.lesion()),
                        box(image.laterality()), box(image.initials())));
                out.write('\n');
            }
        }
    }

    /** {@code x y w h} in whole pixels, or blank when absent. */
    static String box(Box box) {
        if (box == null) {
            return "";
        }
        return Math.round(box.x()) + " " + Math.round(box.y()) + " " + Math.round(box.width()) + " "
                + Math.round(box.height());
    }

    private static String csv(String value) {
        return org.confounderlab.engine.data.csv.CsvField.of(value);
    }

    private static String pad(int value, int digits) {
        String text = Integer.toString(value);
        return "0".repeat(Math.max(0, digits - text.length())) + text;
    }
}
