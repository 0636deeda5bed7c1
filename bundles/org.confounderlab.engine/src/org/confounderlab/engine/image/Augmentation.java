package org.confounderlab.engine.image;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;

import org.confounderlab.engine.data.Box;

/**
 * Seeded training-time augmentation: small rotation and scale about the centre, a shift, horizontal flip, brightness
 * shift. Boxes follow the geometry so that region-based interventions and metrics stay correct after augmenting.
 *
 * @param flipProbability    chance of a horizontal flip, 0..1
 * @param maxRotationDegrees rotation drawn uniformly in ±this
 * @param maxScaleDelta      scale drawn uniformly in 1 ± this
 * @param maxBrightnessDelta additive brightness drawn uniformly in ±this (values stay in 0..1)
 * @param maxShiftFraction   shift along each axis drawn uniformly in ±this share of the image's side
 */
public record Augmentation(double flipProbability, double maxRotationDegrees, double maxScaleDelta,
        double maxBrightnessDelta, double maxShiftFraction) {

    /** No augmentation. */
    public static final Augmentation NONE = new Augmentation(0, 0, 0, 0, 0);

    /** Mild defaults suitable for radiographs. */
    public static final Augmentation DEFAULT = new Augmentation(0.5, 7, 0.08, 0.05, 0);

    public Augmentation {
        if (!(flipProbability >= 0 && flipProbability <= 1) || !(maxRotationDegrees >= 0) || !(maxScaleDelta >= 0)
                || !(maxScaleDelta < 1) || !(maxBrightnessDelta >= 0) || !(maxShiftFraction >= 0)
                || !(maxShiftFraction < 1)) {
            throw new IllegalArgumentException("invalid augmentation parameters");
        }
    }

    /** Without a shift. */
    public Augmentation(double flipProbability, double maxRotationDegrees, double maxScaleDelta,
            double maxBrightnessDelta) {
        this(flipProbability, maxRotationDegrees, maxScaleDelta, maxBrightnessDelta, 0);
    }

    /** Whether this changes any image. */
    public boolean changesImages() {
        return flipProbability > 0 || maxRotationDegrees > 0 || maxScaleDelta > 0 || maxBrightnessDelta > 0
                || maxShiftFraction > 0;
    }

    /** A short description for runs and reports. */
    public String describe() {
        if (!changesImages()) {
            return "none";
        }
        java.util.List<String> parts = new java.util.ArrayList<>();
        if (flipProbability > 0) {
            parts.add(String.format(java.util.Locale.ROOT, "horizontal flip (p %.2f)", flipProbability));
        }
        if (maxRotationDegrees > 0) {
            parts.add(String.format(java.util.Locale.ROOT, "rotation ±%.1f°", maxRotationDegrees));
        }
        if (maxScaleDelta > 0) {
            parts.add(String.format(java.util.Locale.ROOT, "scale ±%.0f %%", 100 * maxScaleDelta));
        }
        if (maxShiftFraction > 0) {
            parts.add(String.format(java.util.Locale.ROOT, "shift ±%.0f %% of the side", 100 * maxShiftFraction));
        }
        if (maxBrightnessDelta > 0) {
            parts.add(String.format(java.util.Locale.ROOT, "intensity ±%.2f", maxBrightnessDelta));
        }
        return String.join(", ", parts);
    }

    /** Augments one image; the same random state gives the same result. */
    public Augmented apply(FloatImage image, Map<String, Box> regions, SplittableRandom random) {
        // Draw every number up front, in a fixed order, so results do not depend on which steps are active.
        double angle = Math.toRadians(uniform(random, maxRotationDegrees));
        double scale = 1 + uniform(random, maxScaleDelta);
        boolean flip = random.nextDouble() < flipProbability;
        double brightness = uniform(random, maxBrightnessDelta);
        // Drawn last, so that the draws above are those of an augmentation without a shift.
        double shiftX = maxShiftFraction == 0 ? 0 : Math.rint(uniform(random, maxShiftFraction) * image.width());
        double shiftY = maxShiftFraction == 0 ? 0 : Math.rint(uniform(random, maxShiftFraction) * image.height());

        FloatImage out = angle == 0 && scale == 1 && shiftX == 0 && shiftY == 0 ? image.copy()
                : warp(image, angle, scale, shiftX, shiftY);
        Map<String, Box> boxes = new HashMap<>();
        for (Map.Entry<String, Box> entry : regions.entrySet()) {
            Box moved = warpBox(entry.getValue(), image.width(), image.height(), angle, scale, shiftX, shiftY);
            if (moved != null) {
                boxes.put(entry.getKey(), moved);
            }
        }
        if (flip) {
            out = flipHorizontally(out);
            boxes.replaceAll((name, box) -> flipBox(box, image.width()));
        }
        if (brightness != 0) {
            float[] data = out.data();
            for (int i = 0; i < data.length; i++) {
                data[i] = (float) Math.max(0, Math.min(1, data[i] + brightness));
            }
        }
        return new Augmented(out, boxes);
    }

    /** A mirrored copy (left ↔ right). */
    public static FloatImage flipHorizontally(FloatImage image) {
        FloatImage out = image.copy();
        int w = image.width();
        for (int c = 0; c < image.channels(); c++) {
            for (int y = 0; y < image.height(); y++) {
                for (int x = 0; x < w; x++) {
                    out.set(w - 1 - x, y, c, image.get(x, y, c));
                }
            }
        }
        return out;
    }

    /** A box mirrored in an image of the given width. */
    public static Box flipBox(Box box, int imageWidth) {
        return new Box(imageWidth - box.x() - box.width(), box.y(), box.width(), box.height());
    }

    private static double uniform(SplittableRandom random, double max) {
        double u = random.nextDouble() * 2 - 1;
        return max == 0 ? 0 : u * max;
    }

    /**
     * Rotated and scaled about the centre, then shifted by whole pixels, bilinear, 0 outside: the same arithmetic as
     * {@link Sampling#sample} per pixel, on the arrays directly (this loop is most of the training pipeline's time).
     */
    private static FloatImage warp(FloatImage image, double angle, double scale, double shiftX, double shiftY) {
        int w = image.width();
        int h = image.height();
        int channels = image.channels();
        FloatImage out = FloatImage.filled(w, h, channels, 0f);
        float[] source = image.data();
        float[] target = out.data();
        int plane = w * h;
        double cx = w / 2.0;
        double cy = h / 2.0;
        double cos = Math.cos(angle);
        double sin = Math.sin(angle);
        // Inverse mapping in continuous coordinates (pixel i spans [i, i + 1)): px = cx + cos·qx + sin·qy − 0.5 and
        // py = cy − sin·qx + cos·qy − 0.5. The parts that depend on x alone are worked out once per column, evaluated
        // in the same order, so the result is the same to the bit as computing it all per pixel.
        double[] columnX = new double[w];
        double[] columnY = new double[w];
        for (int x = 0; x < w; x++) {
            double qx = (x + 0.5 - cx - shiftX) / scale;
            columnX[x] = cx + cos * qx;
            columnY[x] = cy - sin * qx;
        }
        for (int y = 0; y < h; y++) {
            double qy = (y + 0.5 - cy - shiftY) / scale;
            double rowX = sin * qy;
            double rowY = cos * qy;
            for (int x = 0; x < w; x++) {
                double px = columnX[x] + rowX - 0.5;
                double py = columnY[x] + rowY - 0.5;
                if (px < -0.5 || py < -0.5 || px > w - 0.5 || py > h - 0.5) {
                    continue; // outside: stays 0
                }
                double sx = Math.max(0, Math.min(w - 1, px));
                double sy = Math.max(0, Math.min(h - 1, py));
                int ix = (int) sx;
                int iy = (int) sy;
                int ix1 = Math.min(ix + 1, w - 1);
                int iy1 = Math.min(iy + 1, h - 1);
                double fx = sx - ix;
                double fy = sy - iy;
                int row = iy * w;
                int nextRow = iy1 * w;
                for (int c = 0, offset = 0; c < channels; c++, offset += plane) {
                    double top = source[offset + row + ix] * (1 - fx) + source[offset + row + ix1] * fx;
                    double bottom = source[offset + nextRow + ix] * (1 - fx) + source[offset + nextRow + ix1] * fx;
                    target[offset + y * w + x] = (float) (top * (1 - fy) + bottom * fy);
                }
            }
        }
        return out;
    }

    private static Box warpBox(Box box, int w, int h, double angle, double scale, double shiftX, double shiftY) {
        if (angle == 0 && scale == 1) {
            return clip(box.x() + shiftX, box.y() + shiftY, box.x() + box.width() + shiftX,
                    box.y() + box.height() + shiftY, w, h);
        }
        double cx = w / 2.0;
        double cy = h / 2.0;
        double cos = Math.cos(angle);
        double sin = Math.sin(angle);
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (int corner = 0; corner < 4; corner++) {
            double px = (corner & 1) == 0 ? box.x() : box.x() + box.width();
            double py = (corner & 2) == 0 ? box.y() : box.y() + box.height();
            double dx = px - cx;
            double dy = py - cy;
            double qx = cx + scale * (cos * dx - sin * dy) + shiftX;
            double qy = cy + scale * (sin * dx + cos * dy) + shiftY;
            minX = Math.min(minX, qx);
            minY = Math.min(minY, qy);
            maxX = Math.max(maxX, qx);
            maxY = Math.max(maxY, qy);
        }
        return clip(minX, minY, maxX, maxY, w, h);
    }

    private static Box clip(double x0, double y0, double x1, double y1, int w, int h) {
        double left = Math.max(0, x0);
        double top = Math.max(0, y0);
        double right = Math.min(w, x1);
        double bottom = Math.min(h, y1);
        return right > left && bottom > top ? new Box(left, top, right - left, bottom - top) : null;
    }
}
