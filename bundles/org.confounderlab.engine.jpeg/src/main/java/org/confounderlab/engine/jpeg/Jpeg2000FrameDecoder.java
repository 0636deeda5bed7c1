package org.confounderlab.engine.jpeg;

import java.io.IOException;
import java.util.Set;

import javax.imageio.ImageReader;

import com.github.jaiimageio.jpeg2000.impl.J2KImageReaderSpi;

/**
 * JPEG 2000 DICOM frames, reversible (lossless only, 1.2.840.10008.1.2.4.90) and irreversible (1.2.840.10008.1.2.4.91),
 * decoded by the JJ2000 reader of jai-imageio-jpeg2000 from the bare code stream DICOM encapsulates.
 */
public final class Jpeg2000FrameDecoder extends ImageIoFrameDecoder {

    private final J2KImageReaderSpi provider = new J2KImageReaderSpi();

    public Jpeg2000FrameDecoder() {
        super(Set.of("1.2.840.10008.1.2.4.90", "1.2.840.10008.1.2.4.91"));
    }

    @Override
    ImageReader newReader() throws IOException {
        return provider.createReaderInstance();
    }
}
