package org.confounderlab.engine.image;

/**
 * A small gray copy of an image for browsing: each pixel the mean of the source pixels it covers (all channels), so
 * thin markers such as a laterality letter stay visible.
 *
 * @param width  pixels across
 * @param height pixels down
 * @param gray   row-major values 0–255
 * @param scale  thumbnail pixels per source pixel (boxes in source pixels are multiplied by it)
 */
public record Thumbnail(int width, int height, byte[] gray, double scale) {

    /** {@code image} shrunk so that its longer side is at most {@code maxSide} (never enlarged). */
    public static Thumbnail of(FloatImage image, int maxSide) {
        double scale = Math.min(1.0, (double) maxSide / Math.max(image.width(), image.height()));
        int width = Math.max(1, (int) Math.round(image.width() * scale));
        int height = Math.max(1, (int) Math.round(image.height() * scale));
        byte[] gray = new byte[width * height];
        for (int ty = 0; ty < height; ty++) {
            int y0 = ty * image.height() / height;
            int y1 = Math.max(y0 + 1, (ty + 1) * image.height() / height);
            for (int tx = 0; tx < width; tx++) {
                int x0 = tx * image.width() / width;
                int x1 = Math.max(x0 + 1, (tx + 1) * image.width() / width);
                double sum = 0;
                for (int y = y0; y < y1; y++) {
                    for (int x = x0; x < x1; x++) {
                        for (int c = 0; c < image.channels(); c++) {
                            sum += image.get(x, y, c);
                        }
                    }
                }
                double mean = sum / ((double) (y1 - y0) * (x1 - x0) * image.channels());
                gray[ty * width + tx] = (byte) Math.round(255 * Math.max(0, Math.min(1, mean)));
            }
        }
        return new Thumbnail(width, height, gray, (double) width / image.width());
    }
}
