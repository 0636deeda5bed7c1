package org.confounderlab.engine.cli;

import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.confounderlab.engine.data.csv.CsvField;
import org.confounderlab.engine.dicom.DicomFile;
import org.confounderlab.engine.dicom.DicomFileException;
import org.confounderlab.engine.dicom.DicomHeaderFields;
import org.confounderlab.engine.dicom.DicomParser;
import org.confounderlab.engine.dicom.DicomPixels;
import org.confounderlab.engine.image.ImageDecoder;

/**
 * {@code dicom2png IN... --out DIR [--window]}: converts DICOM radiographs (files, or folders searched for them) to
 * 16-bit gray PNGs of the pixels the engine trains on (the modality transform, MONOCHROME1 inverted, the full range of
 * the stored bits, or the first VOI window with {@code --window}), named after the input's path, and writes
 * {@code headers.csv} with each file's header fields. Files it cannot convert (another modality, a compressed syntax
 * not decoded, a damaged file) are listed with the reason, and the others converted.
 */
public final class Dicom2PngCommand {

    static final String USAGE = "usage: dicom2png IN... --out DIR [--window]";

    /** The CSV of the header fields, in the output folder. */
    public static final String HEADERS = "headers.csv";

    private Dicom2PngCommand() {
    }

    public static int run(List<String> args, PrintStream out, PrintStream err) {
        List<Path> inputs = new ArrayList<>();
        Path folder = null;
        boolean window = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--out" -> {
                    if (i + 1 >= args.size()) {
                        return bad(err, "dicom2png: --out needs a folder");
                    }
                    folder = Path.of(args.get(++i));
                }
                case "--window" -> window = true;
                default -> {
                    if (arg.startsWith("--")) {
                        return bad(err, "dicom2png: unknown option " + arg);
                    }
                    inputs.add(Path.of(arg));
                }
            }
        }
        if (inputs.isEmpty() || folder == null) {
            return bad(err, "dicom2png: name the DICOM files or folders and --out DIR");
        }
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                try (Stream<Path> walk = Files.walk(input)) {
                    walk.filter(Files::isRegularFile).filter(ImageDecoder::isDicom).sorted().forEach(files::add);
                } catch (IOException e) {
                    err.println(input + ": cannot be listed (" + e.getMessage() + ")");
                    return ExitCode.FAILURE;
                }
            } else if (Files.isRegularFile(input)) {
                files.add(input);
            } else {
                return bad(err, input + ": no such file or folder");
            }
        }
        int converted = 0;
        int skipped = 0;
        try {
            Files.createDirectories(folder);
            try (Writer csv = Files.newBufferedWriter(folder.resolve(HEADERS), StandardCharsets.UTF_8)) {
                List<String> names = DicomHeaderFields.names();
                csv.write("dicom,png," + String.join(",", names) + "\n");
                for (Path file : files) {
                    try {
                        DicomFile dicom = DicomParser.read(file);
                        DicomPixels pixels = DicomPixels.of(dicom);
                        Path png = folder.resolve(pngName(file));
                        writePng(pixels.unit(window), pixels.width(), pixels.height(), png);
                        Map<String, String> fields = DicomHeaderFields.of(dicom.data());
                        StringBuilder row = new StringBuilder(CsvField.of(file.toString())).append(',')
                                .append(CsvField.of(png.getFileName().toString()));
                        for (String name : names) {
                            row.append(',').append(CsvField.of(fields.get(name)));
                        }
                        csv.write(row.append('\n').toString());
                        converted++;
                    } catch (DicomFileException e) {
                        err.println("skipped: " + e.getMessage());
                        skipped++;
                    }
                }
            }
        } catch (IOException e) {
            err.println("dicom2png: cannot write " + folder + " (" + e.getMessage() + ")");
            return ExitCode.FAILURE;
        }
        out.println("dicom2png: " + converted + " converted to 16-bit PNG in " + folder + (window ? " (windowed)" : "")
                + ", " + skipped + " skipped; header fields in " + folder.resolve(HEADERS));
        return converted > 0 || files.isEmpty() ? ExitCode.OK : ExitCode.BAD_INPUT;
    }

    /** The PNG's name: the input's path with separators as {@code _}, so files of different folders stay apart. */
    static String pngName(Path file) {
        String name = file.normalize().toString().replace('\\', '/').replaceAll("^(\\./|/)+", "")
                .replaceAll("[^A-Za-z0-9._-]+", "_");
        return (name.endsWith(".dcm") ? name.substring(0, name.length() - 4) : name) + ".png";
    }

    /** Values in [0, 1] as a 16-bit gray PNG (0..65535, rounded). */
    static void writePng(float[] unit, int width, int height, Path png) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_USHORT_GRAY);
        WritableRaster raster = image.getRaster();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                raster.setSample(x, y, 0, Math.round(unit[y * width + x] * 65535f));
            }
        }
        if (!ImageIO.write(image, "png", png.toFile())) {
            throw new IOException("no PNG writer");
        }
    }

    private static int bad(PrintStream err, String message) {
        err.println(message);
        err.println(USAGE);
        return ExitCode.BAD_INPUT;
    }
}
