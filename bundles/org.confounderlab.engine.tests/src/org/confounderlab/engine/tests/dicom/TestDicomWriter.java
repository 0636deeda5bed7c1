package org.confounderlab.engine.tests.dicom;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes small Part 10 DICOM files (explicit VR little endian, 8-bit MONOCHROME2 pixels) for tests that need many
 * DICOM radiographs with chosen header fields; the real files in dicom/ check the reader itself.
 */
final class TestDicomWriter {

    private TestDicomWriter() {
    }

    /** A DX image of {@code pixels} (row-major, 0..255) with the text elements {@code fields} (tag → value). */
    static void write(Path file, int width, int height, byte[] pixels, Map<Integer, String> fields)
            throws IOException {
        Map<Integer, byte[]> elements = new TreeMap<>(Integer::compareUnsigned);
        Map<Integer, String> vrs = new TreeMap<>(Integer::compareUnsigned);
        text(elements, vrs, 0x00080060, "CS", "DX");
        fields.forEach((tag, value) -> text(elements, vrs, tag, vrOf(tag), value));
        shorts(elements, vrs, 0x00280002, 1);
        text(elements, vrs, 0x00280004, "CS", "MONOCHROME2");
        shorts(elements, vrs, 0x00280010, height);
        shorts(elements, vrs, 0x00280011, width);
        shorts(elements, vrs, 0x00280100, 8);
        shorts(elements, vrs, 0x00280101, 8);
        shorts(elements, vrs, 0x00280102, 7);
        shorts(elements, vrs, 0x00280103, 0);
        elements.put(0x7FE00010, pixels.length % 2 == 0 ? pixels : java.util.Arrays.copyOf(pixels, pixels.length + 1));
        vrs.put(0x7FE00010, "OB");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(new byte[128]);
        out.write("DICM".getBytes(StandardCharsets.US_ASCII));
        ByteArrayOutputStream meta = new ByteArrayOutputStream();
        element(meta, 0x00020010, "UI", even("1.2.840.10008.1.2.1", (byte) 0));
        element(out, 0x00020000, "UL", ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(meta.size())
                .array());
        out.write(meta.toByteArray());
        for (Map.Entry<Integer, byte[]> e : elements.entrySet()) {
            element(out, e.getKey(), vrs.get(e.getKey()), e.getValue());
        }
        Files.write(file, out.toByteArray());
    }

    /**
     * A copy of the real JPEG 2000 file {@code RG3_J2KR.dcm} whose file meta group names JPEG-LS Lossless
     * (1.2.840.10008.1.2.4.80, a UID of the same length) instead: a compressed syntax no decoder here reads.
     */
    static Path jpegLsCopy(Path file) throws IOException {
        byte[] bytes = java.nio.file.Files.readAllBytes(DicomReaderTest.FOLDER.resolve("pydicom-data/RG3_J2KR.dcm"));
        byte[] from = "1.2.840.10008.1.2.4.90".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] to = "1.2.840.10008.1.2.4.80".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        for (int i = 0; i < 1024; i++) {
            if (java.util.Arrays.equals(bytes, i, i + from.length, from, 0, from.length)) {
                System.arraycopy(to, 0, bytes, i, to.length);
                java.nio.file.Files.write(file, bytes);
                return file;
            }
        }
        throw new IOException("no JPEG 2000 transfer syntax UID in the first kilobyte");
    }

    private static String vrOf(int tag) {
        return switch (tag) {
            case 0x00080018, 0x0020000D -> "UI";
            case 0x00100010 -> "PN";
            case 0x00101010 -> "AS";
            case 0x00180060 -> "DS";
            case 0x00081030 -> "LO";
            default -> tag == 0x00100040 || tag == 0x00185101 || tag == 0x00200062 ? "CS" : "LO";
        };
    }

    private static void text(Map<Integer, byte[]> elements, Map<Integer, String> vrs, int tag, String vr,
            String value) {
        elements.put(tag, even(value, vr.equals("UI") ? (byte) 0 : (byte) ' '));
        vrs.put(tag, vr);
    }

    private static void shorts(Map<Integer, byte[]> elements, Map<Integer, String> vrs, int tag, int value) {
        elements.put(tag, ByteBuffer.allocate(2).order(ByteOrder.LITTLE_ENDIAN).putShort((short) value).array());
        vrs.put(tag, "US");
    }

    private static byte[] even(String value, byte pad) {
        byte[] bytes = value.getBytes(StandardCharsets.ISO_8859_1);
        if (bytes.length % 2 == 0) {
            return bytes;
        }
        byte[] padded = java.util.Arrays.copyOf(bytes, bytes.length + 1);
        padded[bytes.length] = pad;
        return padded;
    }

    private static void element(ByteArrayOutputStream out, int tag, String vr, byte[] value) throws IOException {
        ByteBuffer head = ByteBuffer.allocate(12).order(ByteOrder.LITTLE_ENDIAN);
        head.putShort((short) (tag >>> 16)).putShort((short) tag);
        head.put(vr.getBytes(StandardCharsets.US_ASCII));
        boolean longForm = vr.equals("OB") || vr.equals("OW") || vr.equals("UN") || vr.equals("SQ");
        if (longForm) {
            head.putShort((short) 0).putInt(value.length);
            out.write(head.array(), 0, 12);
        } else {
            head.putShort((short) value.length);
            out.write(head.array(), 0, 8);
        }
        out.write(value);
    }
}
