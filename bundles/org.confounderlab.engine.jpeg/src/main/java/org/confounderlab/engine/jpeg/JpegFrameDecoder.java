package org.confounderlab.engine.jpeg;

import java.io.IOException;
import java.util.Set;

import javax.imageio.ImageReader;
import javax.imageio.spi.IIORegistry;

import com.twelvemonkeys.imageio.plugins.jpeg.JPEGImageReaderSpi;

/**
 * JPEG baseline, extended and lossless DICOM frames (8 to 16 bits) decoded by TwelveMonkeys' ImageIO JPEG reader,
 * which, unlike the JDK's, reads lossless and 12/16-bit JPEG. The samples are read raw, with no colour conversion.
 */
public final class JpegFrameDecoder extends ImageIoFrameDecoder {

    public JpegFrameDecoder() {
        super(Set.of("1.2.840.10008.1.2.4.50", "1.2.840.10008.1.2.4.51", "1.2.840.10008.1.2.4.57",
                "1.2.840.10008.1.2.4.70"));
    }

    /**
     * TwelveMonkeys' provider as ImageIO's registry holds it: it finds the JDK's JPEG provider, which it delegates
     * metadata to, only when registered. Registered at the first JPEG frame, not when the decoder is listed, so that
     * a process that never meets a JPEG DICOM file keeps ImageIO's own JPEG reader first.
     */
    private static synchronized JPEGImageReaderSpi registeredProvider() {
        IIORegistry registry = IIORegistry.getDefaultInstance();
        JPEGImageReaderSpi registered = registry.getServiceProviderByClass(JPEGImageReaderSpi.class);
        if (registered == null) {
            registry.registerServiceProvider(new JPEGImageReaderSpi());
            registered = registry.getServiceProviderByClass(JPEGImageReaderSpi.class);
        }
        return registered;
    }

    @Override
    ImageReader newReader() throws IOException {
        return registeredProvider().createReaderInstance();
    }
}
