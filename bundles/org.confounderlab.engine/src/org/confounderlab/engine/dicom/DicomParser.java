package org.confounderlab.engine.dicom;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Reads a DICOM file: Part 10 with the 128-byte preamble and {@code DICM}, or a bare data set (ACR-NEMA style, no
 * preamble, no file meta group, whose VR is then guessed from its first element); the file meta group in explicit
 * VR little endian; the data set in implicit or explicit VR little endian, explicit big endian, or deflated.
 * Sequences of defined and undefined length are read into items, encapsulated pixel data into fragments. Every
 * length is checked against what is left of the file: a file cut short or with a damaged length is an error naming
 * the tag and the byte offset, never an exception.
 */
public final class DicomParser {

    /** The largest file read whole. */
    private static final long LARGEST_FILE = 1L << 30;
    /** The most a deflated data set may inflate to (against deflate bombs). */
    private static final long LARGEST_INFLATED = 1L << 30;
    /** VRs with a 2-byte reserved field and a 4-byte length in explicit VR. */
    private static final Set<String> LONG_VRS = Set.of("OB", "OD", "OF", "OL", "OV", "OW", "SQ", "SV", "UC", "UN",
            "UR", "UT", "UV");
    private static final int UNDEFINED = -1;

    /** The first bytes read for {@link #readHeader}; most radiograph headers are a few kilobytes. */
    private static final int FIRST_HEADER_BYTES = 16 * 1024;

    private final Path file;
    private byte[] bytes;
    private int position;
    private boolean explicitVr;
    private boolean bigEndian;
    private boolean stopAtPixelData;
    private boolean reachedPixelData;

    private DicomParser(Path file, byte[] bytes) {
        this.file = file;
        this.bytes = bytes;
    }

    /**
     * Reads the header of {@code file}: every element before the pixel data, from as few of the file's first bytes as
     * hold it (16 KiB, then four times more until the pixel data are reached or the file ends), so that a data set's
     * headers are read without its pixels.
     */
    public static DicomFile readHeader(Path file) throws DicomFileException {
        try (java.io.InputStream in = Files.newInputStream(file)) {
            long size = Files.size(file);
            byte[] prefix = new byte[0];
            for (long wanted = FIRST_HEADER_BYTES; ; wanted *= 4) {
                int length = (int) Math.min(size, Math.min(wanted, LARGEST_FILE));
                byte[] more = in.readNBytes(length - prefix.length);
                prefix = java.util.Arrays.copyOf(prefix, prefix.length + more.length);
                System.arraycopy(more, 0, prefix, prefix.length - more.length, more.length);
                boolean whole = prefix.length >= size || more.length == 0;
                DicomParser parser = new DicomParser(file, prefix);
                parser.stopAtPixelData = true;
                try {
                    DicomFile header = parser.parse();
                    // Without the pixel data in sight the prefix may have ended on an element boundary: read on.
                    if (parser.reachedPixelData || whole) {
                        return header;
                    }
                } catch (DicomFileException e) {
                    if (whole) {
                        throw e;
                    }
                }
            }
        } catch (NoSuchFileException e) {
            throw new DicomFileException(file, "file not found", e);
        } catch (IOException e) {
            throw new DicomFileException(file, "cannot be read (" + e.getMessage() + ")", e);
        }
    }

    /** Reads {@code file}. */
    public static DicomFile read(Path file) throws DicomFileException {
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > LARGEST_FILE) {
                throw new DicomFileException(file, "is " + size + " bytes, more than the 1 GiB a single image may be");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new DicomFileException(file, "file not found", e);
        } catch (IOException e) {
            throw new DicomFileException(file, "cannot be read (" + e.getMessage() + ")", e);
        }
        return new DicomParser(file, bytes).parse();
    }

    /** Whether {@code head} (the first bytes of a file) looks like DICOM: {@code DICM} at 128, or a bare data set. */
    public static boolean looksLikeDicom(byte[] head) {
        if (head.length >= 132 && head[128] == 'D' && head[129] == 'I' && head[130] == 'C' && head[131] == 'M') {
            return true;
        }
        if (head.length < 8) {
            return false;
        }
        int group = (head[0] & 0xFF) | (head[1] & 0xFF) << 8;
        int element = (head[2] & 0xFF) | (head[3] & 0xFF) << 8;
        return (group == 0x0008 || group == 0x0002) && element <= 0x0020;
    }

    private DicomFile parse() throws DicomFileException {
        boolean preamble = bytes.length >= 132 && bytes[128] == 'D' && bytes[129] == 'I' && bytes[130] == 'C'
                && bytes[131] == 'M';
        position = preamble ? 132 : 0;
        if (!preamble && !looksLikeDicom(bytes)) {
            throw new DicomFileException(file, "is not a DICOM file (no DICM at byte 128, and it does not start with "
                    + "a DICOM data set)");
        }
        DicomDataSet meta = new DicomDataSet(false);
        TransferSyntax syntax;
        if (position + 4 <= bytes.length && group(position, false) == 0x0002) {
            explicitVr = true;
            bigEndian = false;
            while (position + 4 <= bytes.length && group(position, false) == 0x0002) {
                meta.put(element(meta, Integer.MAX_VALUE));
            }
            if (!meta.has(DicomTags.TRANSFER_SYNTAX)) {
                throw new DicomFileException(file, "the file meta group has no Transfer Syntax UID "
                        + DicomTags.format(DicomTags.TRANSFER_SYNTAX));
            }
            syntax = TransferSyntax.of(meta.text(DicomTags.TRANSFER_SYNTAX));
        } else {
            // No meta group: the VR is explicit when the bytes after the first tag spell one.
            boolean letters = position + 6 <= bytes.length && Character.isUpperCase(bytes[position + 4])
                    && Character.isUpperCase(bytes[position + 5]);
            syntax = letters ? TransferSyntax.EXPLICIT_LITTLE : TransferSyntax.IMPLICIT_LITTLE;
        }
        if (syntax.deflated()) {
            bytes = inflate(position);
            position = 0;
        }
        explicitVr = syntax.explicitVr();
        bigEndian = syntax.bigEndian();
        DicomDataSet data = new DicomDataSet(bigEndian);
        while (position < bytes.length) {
            if (bytes.length - position < 8) {
                break; // trailing padding
            }
            if (stopAtPixelData && tag(position) == DicomTags.PIXEL_DATA) {
                reachedPixelData = true;
                break;
            }
            DicomElement element = element(data, Integer.MAX_VALUE);
            data.put(element);
        }
        return new DicomFile(file, preamble, meta, data, syntax);
    }

    private byte[] inflate(int from) throws DicomFileException {
        Inflater inflater = new Inflater(true);
        inflater.setInput(bytes, from, bytes.length - from);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[1 << 16];
        try {
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    break;
                }
                out.write(buffer, 0, n);
                if (out.size() > LARGEST_INFLATED) {
                    throw new DicomFileException(file, "its deflated data set inflates to more than 1 GiB");
                }
            }
            if (!inflater.finished()) {
                throw new DicomFileException(file, "its deflated data set ends before the end of its deflate stream: "
                        + "the file is truncated");
            }
        } catch (DataFormatException e) {
            throw new DicomFileException(file, "its deflated data set is damaged (" + e.getMessage() + ")", e);
        } finally {
            inflater.end();
        }
        return out.toByteArray();
    }

    /** Reads one element at {@code position}, not past {@code end}. */
    private DicomElement element(DicomDataSet owner, int end) throws DicomFileException {
        int start = position;
        need(8, start, "an element");
        int tag = tag(position);
        position += 4;
        String vr;
        long length;
        boolean delimiter = (tag >>> 16) == 0xFFFE;
        if (explicitVr && !delimiter) {
            vr = new String(bytes, position, 2, StandardCharsets.US_ASCII);
            position += 2;
            if (LONG_VRS.contains(vr)) {
                need(6, start, DicomTags.format(tag));
                position += 2;
                length = u32(position);
                position += 4;
            } else if (vr.chars().allMatch(Character::isUpperCase)) {
                length = u16(position);
                position += 2;
            } else {
                throw new DicomFileException(file, "the element " + DicomTags.format(tag) + " at byte " + start
                        + " has no valid VR ('" + vr.replaceAll("[^ -~]", "?") + "'): the file is damaged or not in "
                        + "the transfer syntax it declares");
            }
        } else {
            vr = delimiter ? "" : DicomTags.implicitVr(tag);
            length = u32(position);
            position += 4;
        }
        boolean undefined = length == 0xFFFFFFFFL;
        if ("SQ".equals(vr) || undefined && "UN".equals(vr) && tag != DicomTags.PIXEL_DATA) {
            return new DicomElement(tag, "SQ", null, sequence(owner, tag, undefined ? UNDEFINED : (int) length,
                    "UN".equals(vr)), null);
        }
        if (undefined) {
            if (tag == DicomTags.PIXEL_DATA) {
                return new DicomElement(tag, vr, null, null, fragments());
            }
            throw new DicomFileException(file, "the element " + DicomTags.format(tag) + " at byte " + start
                    + " has an undefined length but is no sequence or pixel data");
        }
        if (length > bytes.length - position || position + length > end) {
            throw new DicomFileException(file, "the element " + DicomTags.format(tag) + " at byte " + start
                    + " says it holds " + length + " bytes, but only " + (Math.min(end, bytes.length) - position)
                    + " are left: the file is truncated or damaged");
        }
        byte[] value = java.util.Arrays.copyOfRange(bytes, position, position + (int) length);
        position += (int) length;
        return new DicomElement(tag, vr, value, null, null);
    }

    /** The items of a sequence of {@code length} bytes (or {@link #UNDEFINED}, up to its delimiter). */
    private List<DicomDataSet> sequence(DicomDataSet owner, int tag, int length, boolean implicitInside)
            throws DicomFileException {
        boolean outerExplicit = explicitVr;
        boolean outerBig = bigEndian;
        if (implicitInside) {
            explicitVr = false; // UN of undefined length is implicit VR little endian inside (PS3.5 6.2.2)
            bigEndian = false;
        }
        int end = length == UNDEFINED ? Integer.MAX_VALUE : checkedEnd(tag, length);
        List<DicomDataSet> items = new ArrayList<>();
        while (position < Math.min(end, bytes.length)) {
            int start = position;
            need(8, start, "an item of " + DicomTags.format(tag));
            int itemTag = tag(position);
            long itemLength = u32(position + 4);
            position += 8;
            if (itemTag == DicomTags.SEQUENCE_DELIMITATION) {
                break;
            }
            if (itemTag != DicomTags.ITEM) {
                throw new DicomFileException(file, "the sequence " + DicomTags.format(tag) + " holds "
                        + DicomTags.format(itemTag) + " at byte " + start + " where an item should be");
            }
            DicomDataSet item = new DicomDataSet(bigEndian);
            item.inheritCharset(owner);
            int itemEnd = itemLength == 0xFFFFFFFFL ? Integer.MAX_VALUE : checkedEnd(tag, itemLength);
            while (position < Math.min(itemEnd, bytes.length)) {
                if (itemLength == 0xFFFFFFFFL && bytes.length - position >= 8
                        && tag(position) == DicomTags.ITEM_DELIMITATION) {
                    position += 8;
                    break;
                }
                item.put(element(item, itemEnd));
            }
            items.add(item);
        }
        if (length == UNDEFINED && position > bytes.length) {
            throw new DicomFileException(file, "the sequence " + DicomTags.format(tag) + " runs past the end of the "
                    + "file");
        }
        explicitVr = outerExplicit;
        bigEndian = outerBig;
        return items;
    }

    /** The fragments of encapsulated pixel data, the basic offset table first. */
    private List<byte[]> fragments() throws DicomFileException {
        List<byte[]> fragments = new ArrayList<>();
        while (true) {
            int start = position;
            need(8, start, "a pixel data fragment " + DicomTags.format(DicomTags.PIXEL_DATA));
            int itemTag = tag(position);
            long length = u32(position + 4);
            position += 8;
            if (itemTag == DicomTags.SEQUENCE_DELIMITATION) {
                return fragments;
            }
            if (itemTag != DicomTags.ITEM || length > bytes.length - position) {
                throw new DicomFileException(file, "the encapsulated pixel data " + DicomTags.format(
                        DicomTags.PIXEL_DATA) + " have a damaged fragment at byte " + start + " (" + DicomTags.format(
                                itemTag) + ", " + length + " bytes, " + (bytes.length - position) + " left)");
            }
            fragments.add(java.util.Arrays.copyOfRange(bytes, position, position + (int) length));
            position += (int) length;
        }
    }

    private int checkedEnd(int tag, long length) throws DicomFileException {
        if (length > bytes.length - position) {
            throw new DicomFileException(file, "the sequence " + DicomTags.format(tag) + " at byte " + position
                    + " says it holds " + length + " bytes, but only " + (bytes.length - position) + " are left");
        }
        return position + (int) length;
    }

    private void need(int count, int at, String what) throws DicomFileException {
        if (bytes.length - position < count) {
            throw new DicomFileException(file, "ends inside " + what + " at byte " + at + " (" + bytes.length
                    + " bytes): the file is truncated");
        }
    }

    private int group(int at, boolean big) {
        return big ? (bytes[at] & 0xFF) << 8 | bytes[at + 1] & 0xFF : bytes[at] & 0xFF | (bytes[at + 1] & 0xFF) << 8;
    }

    private int tag(int at) {
        // Item and delimitation tags are little endian in every little-endian syntax, big endian in the big one.
        int group = group(at, bigEndian);
        int element = group(at + 2, bigEndian);
        return group << 16 | element;
    }

    private int u16(int at) {
        return group(at, bigEndian);
    }

    private long u32(int at) {
        long b0 = bytes[at] & 0xFF;
        long b1 = bytes[at + 1] & 0xFF;
        long b2 = bytes[at + 2] & 0xFF;
        long b3 = bytes[at + 3] & 0xFF;
        return bigEndian ? b0 << 24 | b1 << 16 | b2 << 8 | b3 : b0 | b1 << 8 | b2 << 16 | b3 << 24;
    }
}
