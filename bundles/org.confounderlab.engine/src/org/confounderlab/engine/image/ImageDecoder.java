package org.confounderlab.engine.image;

import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.awt.image.Raster;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.confounderlab.engine.dicom.DicomFileException;
import org.confounderlab.engine.dicom.DicomParser;
import org.confounderlab.engine.dicom.DicomPixels;
import org.confounderlab.model.experiment.DicomIntensity;

/**
 * Decodes PNG and JPEG files (8 or 16 bit, gray or colour) and DICOM radiographs into {@link FloatImage}s with values
 * in 0..1.
 */
public final class ImageDecoder {

    private final ColourMode mode;
    private final DicomIntensity dicomIntensity;

    /** A decoder of DICOM files over their stored range. */
    public ImageDecoder(ColourMode mode) {
        this(mode, DicomIntensity.STORED_RANGE);
    }

    public ImageDecoder(ColourMode mode, DicomIntensity dicomIntensity) {
        this.mode = mode;
        this.dicomIntensity = dicomIntensity;
    }

    /**
     * Reads one file, PNG, JPEG or DICOM (told apart by content); a missing, unreadable or corrupt file gives an
     * {@link ImageDecodeException} naming it (and, for DICOM, the tag or transfer syntax).
     */
    public FloatImage decode(Path path) throws ImageDecodeException {
        if (isDicom(path)) {
            return decodeDicom(path);
        }
        BufferedImage image;
        try (InputStream in = Files.newInputStream(path)) {
            image = ImageIO.read(in);
        } catch (NoSuchFileException e) {
            throw new ImageDecodeException(path, "file not found", e);
        } catch (IOException | RuntimeException e) {
            // ImageIO throws assorted runtime exceptions on truncated files; all mean "corrupt" to the user.
            throw new ImageDecodeException(path, "not a readable PNG or JPEG image (" + e.getMessage() + ")", e);
        }
        if (image == null) {
            throw new ImageDecodeException(path, "not a PNG or JPEG image");
        }
        try {
            return convert(image);
        } catch (RuntimeException e) {
            throw new ImageDecodeException(path, "image data could not be decoded (" + e.getMessage() + ")", e);
        }
    }

    /** Whether {@code path} holds DICOM: {@code DICM} at byte 128, or a bare DICOM data set. */
    public static boolean isDicom(Path path) {
        try (InputStream in = Files.newInputStream(path)) {
            return DicomParser.looksLikeDicom(in.readNBytes(132));
        } catch (IOException e) {
            return false; // decode() says why the file cannot be read
        }
    }

    /**
     * A DICOM radiograph's pixels in [0, 1], bright meaning dense, over the full range its stored bits allow after
     * the modality transform, or through its first VOI window ({@link DicomPixels#unit}).
     */
    private FloatImage decodeDicom(Path path) throws ImageDecodeException {
        DicomPixels pixels;
        try {
            pixels = DicomPixels.of(DicomParser.read(path));
        } catch (DicomFileException e) {
            throw new ImageDecodeException(path, e.problem(), e);
        }
        return assemble(pixels.width(), pixels.height(), new float[][] {pixels.unit(
                dicomIntensity == DicomIntensity.FIRST_VOI_WINDOW)});
    }

    /** Converts an already decoded image. */
    public FloatImage convert(BufferedImage image) {
        int width = image.getWidth();
        int height = image.getHeight();
        Raster raster = image.getRaster();
        int bands = raster.getNumBands();
        boolean indexed = image.getColorModel() instanceof IndexColorModel;
        boolean gray = !indexed && bands <= 2;
        float[][] rgb = new float[gray ? 1 : 3][width * height];
        if (gray) {
            // Band 0 is the gray value (band 1, if present, is alpha and ignored).
            float max = (float) ((1L << raster.getSampleModel().getSampleSize(0)) - 1);
            for (int y = 0; y < height; y++) {
                for (int x = 0; x < width; x++) {
                    rgb[0][y * width + x] = raster.getSample(x, y, 0) / max;
                }
            }
        } else if (!indexed && bands >= 3) {
            for (int b = 0; b < 3; b++) {
                float max = (float) ((1L << raster.getSampleModel().getSampleSize(b)) - 1);
                for (int y = 0; y < height; y++) {
                    for (int x = 0; x < width; x++) {
                        rgb[b][y * width + x] = raster.getSample(x, y, b) / max;
                    }
                }
            }
        } else {
            for (int y = 0; y < height; y++) {
                for (int x = 0; x < width; x++) {
                    int argb = image.getRGB(x, y);
                    rgb[0][y * width + x] = ((argb >> 16) & 0xff) / 255f;
                    rgb[1][y * width + x] = ((argb >> 8) & 0xff) / 255f;
                    rgb[2][y * width + x] = (argb & 0xff) / 255f;
                }
            }
        }
        return assemble(width, height, rgb);
    }

    private FloatImage assemble(int width, int height, float[][] planes) {
        int plane = width * height;
        if (mode == ColourMode.GRAY) {
            if (planes.length == 1) {
                return new FloatImage(width, height, 1, planes[0]);
            }
            float[] out = new float[plane];
            for (int i = 0; i < plane; i++) {
                // ITU-R BT.601 luma, as most radiology viewers use.
                out[i] = 0.299f * planes[0][i] + 0.587f * planes[1][i] + 0.114f * planes[2][i];
            }
            return new FloatImage(width, height, 1, out);
        }
        float[] out = new float[plane * 3];
        for (int c = 0; c < 3; c++) {
            System.arraycopy(planes[planes.length == 1 ? 0 : c], 0, out, c * plane, plane);
        }
        return new FloatImage(width, height, 3, out);
    }
}
