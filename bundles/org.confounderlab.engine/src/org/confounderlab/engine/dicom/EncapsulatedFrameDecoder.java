package org.confounderlab.engine.dicom;

import java.nio.file.Path;
import java.util.List;
import java.util.ServiceLoader;

/**
 * Decodes the frame of encapsulated (compressed) pixel data of some transfer syntaxes into raw samples. Found with
 * {@link ServiceLoader} through the engine's own class loader: on the engine JVM's class path, and in OSGi on the
 * class path of the engine bundle's fragment that carries the JPEG and JPEG 2000 decoders; without one, compressed
 * files are refused naming their syntax.
 */
public interface EncapsulatedFrameDecoder {

    /** Whether the decoder reads pixel data of transfer syntax {@code uid}. */
    boolean decodes(String uid);

    /**
     * The samples of the single frame in {@code fragments} (the basic offset table first), row-major.
     *
     * @throws DicomFileException naming the file and the syntax when the frame cannot be decoded or has another size
     */
    long[] samples(Path file, List<byte[]> fragments, int rows, int columns, TransferSyntax syntax)
            throws DicomFileException;

    /** The decoder of {@code syntax} on the class path, or {@code null}. */
    static EncapsulatedFrameDecoder of(TransferSyntax syntax) {
        for (EncapsulatedFrameDecoder decoder : ServiceLoader.load(EncapsulatedFrameDecoder.class,
                EncapsulatedFrameDecoder.class.getClassLoader())) {
            if (decoder.decodes(syntax.uid())) {
                return decoder;
            }
        }
        return null;
    }
}
