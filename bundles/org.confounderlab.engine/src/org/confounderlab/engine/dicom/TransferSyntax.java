package org.confounderlab.engine.dicom;

import java.util.Map;

/**
 * How a data set is encoded: VR explicit or implicit, byte order, deflated, and whether the pixel data are
 * encapsulated (compressed) fragments.
 *
 * @param uid          the transfer syntax UID
 * @param name         its name, for messages
 * @param explicitVr   explicit VR
 * @param bigEndian    big-endian byte order
 * @param deflated     the data set after the file meta group is deflated
 * @param encapsulated the pixel data are compressed fragments
 */
public record TransferSyntax(String uid, String name, boolean explicitVr, boolean bigEndian, boolean deflated,
        boolean encapsulated) {

    public static final TransferSyntax IMPLICIT_LITTLE = new TransferSyntax("1.2.840.10008.1.2",
            "Implicit VR Little Endian", false, false, false, false);
    public static final TransferSyntax EXPLICIT_LITTLE = new TransferSyntax("1.2.840.10008.1.2.1",
            "Explicit VR Little Endian", true, false, false, false);
    public static final TransferSyntax DEFLATED = new TransferSyntax("1.2.840.10008.1.2.1.99",
            "Deflated Explicit VR Little Endian", true, false, true, false);
    public static final TransferSyntax EXPLICIT_BIG = new TransferSyntax("1.2.840.10008.1.2.2",
            "Explicit VR Big Endian", true, true, false, false);

    private static final Map<String, String> COMPRESSED = Map.ofEntries(
            Map.entry("1.2.840.10008.1.2.4.50", "JPEG Baseline (Process 1)"),
            Map.entry("1.2.840.10008.1.2.4.51", "JPEG Extended (Process 2 & 4)"),
            Map.entry("1.2.840.10008.1.2.4.57", "JPEG Lossless, Non-Hierarchical (Process 14)"),
            Map.entry("1.2.840.10008.1.2.4.70", "JPEG Lossless, First-Order Prediction (Process 14, SV1)"),
            Map.entry("1.2.840.10008.1.2.4.80", "JPEG-LS Lossless"),
            Map.entry("1.2.840.10008.1.2.4.81", "JPEG-LS Lossy (Near-Lossless)"),
            Map.entry("1.2.840.10008.1.2.4.90", "JPEG 2000 (Lossless Only)"),
            Map.entry("1.2.840.10008.1.2.4.91", "JPEG 2000"),
            Map.entry("1.2.840.10008.1.2.5", "RLE Lossless"));

    /** The syntax of {@code uid}; an unknown UID is taken as explicit little endian with encapsulated pixels. */
    public static TransferSyntax of(String uid) {
        String clean = uid == null ? "" : uid.strip().replace("\0", "");
        for (TransferSyntax known : new TransferSyntax[] {IMPLICIT_LITTLE, EXPLICIT_LITTLE, DEFLATED, EXPLICIT_BIG}) {
            if (known.uid.equals(clean)) {
                return known;
            }
        }
        return new TransferSyntax(clean, COMPRESSED.getOrDefault(clean, "unknown transfer syntax"), true, false,
                false, true);
    }
}
