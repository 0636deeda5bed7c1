package org.confounderlab.engine.input;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.confounderlab.engine.data.ManifestEntry;
import org.confounderlab.engine.image.ColourMode;
import org.confounderlab.engine.image.FloatImage;
import org.confounderlab.engine.image.ImageDecodeException;
import org.confounderlab.engine.image.ImageDecoder;
import org.confounderlab.engine.image.ImagePipeline;
import org.confounderlab.engine.image.Letterbox;
import org.confounderlab.engine.image.LetterboxTransform;

/** Decodes and letterboxes every image from its file each time it is read (no cache). */
public final class DecodingStore implements LetterboxedStore {

    private final ImagePipeline pipeline;
    private final ImageDecoder decoder;
    private final DecodedImageListener listener;
    private final Letterbox letterbox;

    /** Decodes as {@code pipeline} says (its normalisation is not applied here). */
    public DecodingStore(ImagePipeline pipeline) {
        this(pipeline, null);
    }

    /** Decodes as {@code pipeline} says, showing each decoded image to {@code listener} (may be {@code null}). */
    public DecodingStore(ImagePipeline pipeline, DecodedImageListener listener) {
        this.pipeline = pipeline;
        this.decoder = pipeline.decoder();
        this.letterbox = new Letterbox(pipeline.inputSize(), pipeline.interpolation(), 0f);
        this.listener = listener;
    }

    @Override
    public Letterboxed read(ManifestEntry entry) throws ImageDecodeException {
        return letterbox(entry.image());
    }

    /** The file at {@code path}, decoded and letterboxed. */
    Letterboxed letterbox(Path path) throws ImageDecodeException {
        FloatImage decoded = decoder.decode(path);
        if (listener != null) {
            listener.decoded(path, decoded);
        }
        LetterboxTransform transform = letterbox.transformFor(decoded.width(), decoded.height());
        return new Letterboxed(letterbox.apply(decoded, transform).data(), transform);
    }

    @Override
    public LetterboxTransform transform(ManifestEntry entry) throws ImageDecodeException {
        Path file = entry.image();
        if (org.confounderlab.engine.image.ImageDecoder.isDicom(file)) {
            try {
                org.confounderlab.engine.dicom.DicomDataSet data = org.confounderlab.engine.dicom.DicomParser.readHeader(file)
                        .data();
                return LetterboxTransform.fit((int) data.number(org.confounderlab.engine.dicom.DicomTags.COLUMNS, 0),
                        (int) data.number(org.confounderlab.engine.dicom.DicomTags.ROWS, 0), pipeline.inputSize());
            } catch (org.confounderlab.engine.dicom.DicomFileException | RuntimeException e) {
                throw new ImageDecodeException(file, "cannot read the image size (" + e.getMessage() + ")", e);
            }
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = in == null ? java.util.Collections.emptyIterator()
                    : ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new ImageDecodeException(file, "not a PNG or JPEG image");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in);
                return LetterboxTransform.fit(reader.getWidth(0), reader.getHeight(0), pipeline.inputSize());
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            throw new ImageDecodeException(file, "cannot read the image size (" + e.getMessage() + ")", e);
        }
    }

    @Override
    public int channels() {
        return pipeline.colourMode() == ColourMode.GRAY ? 1 : 3;
    }

    @Override
    public int size() {
        return pipeline.inputSize();
    }

    @Override
    public String describe() {
        return "decoded from the files for every read (no cache)";
    }
}
