package org.confounderlab.engine.tests.synthetic;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.imageio.ImageIO;

/** A tiny reader for the generator's manifest (no quoted fields occur in it), independent of the engine's importer. */
final class GeneratedCsv {

    final Path folder;
    final List<String> header;
    final List<Map<String, String>> rows = new ArrayList<>();

    GeneratedCsv(Path manifest) throws IOException {
        folder = manifest.getParent();
        List<String> lines = Files.readAllLines(manifest);
        header = List.of(lines.get(0).split(",", -1));
        for (String line : lines.subList(1, lines.size())) {
            String[] fields = line.split(",", -1);
            if (fields.length != header.size()) {
                throw new IllegalStateException("row has " + fields.length + " fields: " + line);
            }
            Map<String, String> row = new TreeMap<>();
            for (int i = 0; i < fields.length; i++) {
                row.put(header.get(i), fields[i]);
            }
            rows.add(row);
        }
    }

    /** {@code x y w h} of a region column, or {@code null} when blank. */
    static int[] box(Map<String, String> row, String region) {
        String text = row.get("region:" + region);
        if (text.isEmpty()) {
            return null;
        }
        String[] parts = text.split(" ");
        int[] box = new int[4];
        for (int i = 0; i < 4; i++) {
            box[i] = Integer.parseInt(parts[i]);
        }
        return box;
    }

    /** The image of a row as 0..255 samples, row-major. */
    int[][] pixels(Map<String, String> row) throws IOException {
        BufferedImage image = ImageIO.read(folder.resolve(row.get("path")).toFile());
        Raster raster = image.getRaster();
        int[][] pixels = new int[image.getHeight()][image.getWidth()];
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                pixels[y][x] = raster.getSample(x, y, 0);
            }
        }
        return pixels;
    }
}
