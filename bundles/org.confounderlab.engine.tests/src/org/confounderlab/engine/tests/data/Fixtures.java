package org.confounderlab.engine.tests.data;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

import javax.imageio.ImageIO;

/** Writes the small real files the importer tests read. */
final class Fixtures {

    private Fixtures() {
    }

    /** Writes a text file (creating folders), returning it. */
    static Path text(Path file, String content) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        return Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    /** Writes a gzipped text file. */
    static Path gzip(Path file, String content) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(content.getBytes(StandardCharsets.UTF_8));
        }
        return file;
    }

    /** Writes a tiny real image, PNG or JPEG after the file's extension. */
    static Path image(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_BYTE_GRAY);
        image.getRaster().setSample(3, 3, 0, 200);
        String name = file.getFileName().toString().toLowerCase();
        String format = name.endsWith(".jpg") || name.endsWith(".jpeg") ? "jpg" : "png";
        if (!ImageIO.write(image, format, file.toFile())) {
            throw new IOException("no image writer for " + format);
        }
        return file;
    }
}
