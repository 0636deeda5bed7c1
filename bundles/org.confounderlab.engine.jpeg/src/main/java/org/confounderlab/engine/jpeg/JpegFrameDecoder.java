package org.confounderlab.engine.jpeg;

import java.awt.image.Raster;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import javax.imageio.ImageReader;
import javax.imageio.spi.IIORegistry;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

import org.confounderlab.engine.dicom.DicomFileException;
import org.confounderlab.engine.dicom.DicomTags;
import org.confounderlab.engine.dicom.EncapsulatedFrameDecoder;
import org.confounderlab.engine.dicom.TransferSyntax;

import com.twelvemonkeys.imageio.plugins.jpeg.JPEGImageReaderSpi;

/**
 * JPEG baseline, extended and lossless DICOM frames (8 to 16 bits) decoded by TwelveMonkeys' ImageIO JPEG reader,
 * which, unlike the JDK's, reads lossless and 12/16-bit JPEG. The samples are read raw, with no colour conversion.
 */
public final class JpegFrameDecoder implements EncapsulatedFrameDecoder {

    private static final Set<String> SYNTAXES = Set.of("1.2.840.10008.1.2.4.50", "1.2.840.10008.1.2.4.51",
            "1.2.840.10008.1.2.4.57", "1.2.840.10008.1.2.4.70");

    private final JPEGImageReaderSpi provider = registeredProvider();

    /**
     * TwelveMonkeys' provider as ImageIO's registry holds it: it finds the JDK's JPEG provider, which it delegates
     * metadata to, only when registered.
     */
    private static JPEGImageReaderSpi registeredProvider() {
        IIORegistry registry = IIORegistry.getDefaultInstance();
        JPEGImageReaderSpi registered = registry.getServiceProviderByClass(JPEGImageReaderSpi.class);
        if (registered == null) {
            registry.registerServiceProvider(new JPEGImageReaderSpi());
            registered = registry.getServiceProviderByClass(JPEGImageReaderSpi.class);
        }
        return registered;
    }

    @Override
    public boolean decodes(String uid) {
        return SYNTAXES.contains(uid);
    }

    @Override
    public long[] samples(Path file, List<byte[]> fragments, int rows, int columns, TransferSyntax syntax)
            throws DicomFileException {
        ByteArrayOutputStream frame = new ByteArrayOutputStream();
        for (int i = 1; i < fragments.size(); i++) {
            frame.writeBytes(fragments.get(i));
        }
        if (frame.size() == 0) {
            throw new DicomFileException(file, "has encapsulated pixel data " + DicomTags.format(DicomTags.PIXEL_DATA)
                    + " without any fragment");
        }
        ImageReader reader;
        try {
            reader = provider.createReaderInstance();
        } catch (IOException e) {
            throw new DicomFileException(file, "has no JPEG reader (" + e.getMessage() + ")", e);
        }
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(frame.toByteArray()))) {
            reader.setInput(in);
            Raster raster = reader.readRaster(0, null);
            if (raster.getWidth() != columns || raster.getHeight() != rows) {
                throw new DicomFileException(file, "its " + syntax.name() + " frame is " + raster.getWidth() + "×"
                        + raster.getHeight() + ", but the header says " + columns + "×" + rows + " "
                        + DicomTags.format(DicomTags.COLUMNS));
            }
            long[] samples = new long[rows * columns];
            int[] row = new int[columns];
            for (int y = 0; y < rows; y++) {
                raster.getSamples(0, y, columns, 1, 0, row);
                for (int x = 0; x < columns; x++) {
                    samples[y * columns + x] = row[x] & 0xFFFFFFFFL;
                }
            }
            return samples;
        } catch (IOException | RuntimeException e) {
            throw new DicomFileException(file, "its " + syntax.name() + " pixel data (transfer syntax " + syntax.uid()
                    + ") cannot be decoded (" + e.getMessage() + ")", e);
        } finally {
            reader.dispose();
        }
    }
}
