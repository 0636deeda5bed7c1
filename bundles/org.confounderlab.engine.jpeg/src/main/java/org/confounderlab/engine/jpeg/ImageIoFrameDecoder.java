package org.confounderlab.engine.jpeg;

import java.awt.image.Raster;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

import org.confounderlab.engine.dicom.DicomFileException;
import org.confounderlab.engine.dicom.DicomTags;
import org.confounderlab.engine.dicom.EncapsulatedFrameDecoder;
import org.confounderlab.engine.dicom.TransferSyntax;

/**
 * A single encapsulated DICOM frame decoded by an ImageIO reader: the fragments after the basic offset table are
 * one compressed stream, whose first band is read raw (no colour conversion) and checked against the header's size.
 */
abstract class ImageIoFrameDecoder implements EncapsulatedFrameDecoder {

    private final Set<String> syntaxes;

    ImageIoFrameDecoder(Set<String> syntaxes) {
        this.syntaxes = syntaxes;
    }

    /** A new reader of the compressed stream. */
    abstract ImageReader newReader() throws IOException;

    @Override
    public final boolean decodes(String uid) {
        return syntaxes.contains(uid);
    }

    @Override
    public final long[] samples(Path file, List<byte[]> fragments, int rows, int columns, TransferSyntax syntax)
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
            reader = newReader();
        } catch (IOException e) {
            throw new DicomFileException(file, "has no " + syntax.name() + " reader (" + e.getMessage() + ")", e);
        }
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(frame.toByteArray()))) {
            reader.setInput(in);
            Raster raster = reader.canReadRaster() ? reader.readRaster(0, null) : reader.read(0).getRaster();
            if (raster.getWidth() != columns || raster.getHeight() != rows) {
                throw new DicomFileException(file, "its " + syntax.name() + " frame is " + raster.getWidth() + "×"
                        + raster.getHeight() + ", but the header says " + columns + "×" + rows + " "
                        + DicomTags.format(DicomTags.COLUMNS));
            }
            long[] samples = new long[rows * columns];
            int[] row = new int[columns];
            for (int y = 0; y < rows; y++) {
                raster.getSamples(raster.getMinX(), raster.getMinY() + y, columns, 1, 0, row);
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
