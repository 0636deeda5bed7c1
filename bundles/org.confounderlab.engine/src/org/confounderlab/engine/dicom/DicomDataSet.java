package org.confounderlab.engine.dicom;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The elements of a DICOM data set (or of a sequence item) by tag, with their values read as text or numbers. Text
 * is decoded with the data set's Specific Character Set, so names in multi-byte character sets read.
 */
public final class DicomDataSet {

    private final Map<Integer, DicomElement> elements = new LinkedHashMap<>();
    private final boolean bigEndian;
    private Charset charset = StandardCharsets.ISO_8859_1;

    DicomDataSet(boolean bigEndian) {
        this.bigEndian = bigEndian;
    }

    void put(DicomElement element) {
        elements.put(element.tag(), element);
        if (element.tag() == DicomTags.SPECIFIC_CHARACTER_SET && element.value() != null) {
            charset = CharacterSets.of(new String(element.value(), StandardCharsets.US_ASCII));
        }
    }

    void inheritCharset(DicomDataSet parent) {
        charset = parent.charset;
    }

    DicomElement element(int tag) {
        return elements.get(tag);
    }

    /** Whether the data set has the element. */
    public boolean has(int tag) {
        return elements.containsKey(tag);
    }

    /** The byte order of binary values. */
    ByteOrder order() {
        return bigEndian ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
    }

    /** The element's text, every value, backslash-separated, padding removed; {@code ""} when absent. */
    public String text(int tag) {
        DicomElement element = elements.get(tag);
        if (element == null || element.value() == null) {
            return "";
        }
        if (isBinaryNumber(element.vr())) {
            StringBuilder out = new StringBuilder();
            for (double value : numbers(tag)) {
                if (out.length() > 0) {
                    out.append('\\');
                }
                out.append(value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
                        : Double.toString(value));
            }
            return out.toString();
        }
        String text = new String(element.value(), charset);
        int end = text.length();
        while (end > 0 && (text.charAt(end - 1) == ' ' || text.charAt(end - 1) == '\0')) {
            end--;
        }
        int start = 0;
        while (start < end && text.charAt(start) == ' ' && !"LT".equals(element.vr()) && !"ST".equals(element.vr())) {
            start++;
        }
        return text.substring(start, end);
    }

    /** The element's values, split at backslashes and stripped. */
    public List<String> texts(int tag) {
        String text = text(tag);
        if (text.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(text.split("\\\\", -1)).map(String::strip).toList();
    }

    /**
     * The element's numbers: binary (US, SS, UL, SL, FL, FD, and OW/OB/UN read as 16-bit words) or text (IS, DS).
     *
     * @throws NumberFormatException when a text value is not a number
     */
    public double[] numbers(int tag) {
        DicomElement element = elements.get(tag);
        if (element == null || element.value() == null) {
            return new double[0];
        }
        String vr = element.vr();
        ByteBuffer buffer = ByteBuffer.wrap(element.value()).order(order());
        switch (vr) {
            case "US", "OW", "UN" -> {
                double[] out = new double[element.value().length / 2];
                for (int i = 0; i < out.length; i++) {
                    out[i] = Short.toUnsignedInt(buffer.getShort());
                }
                return out;
            }
            case "SS" -> {
                double[] out = new double[element.value().length / 2];
                for (int i = 0; i < out.length; i++) {
                    out[i] = buffer.getShort();
                }
                return out;
            }
            case "UL" -> {
                double[] out = new double[element.value().length / 4];
                for (int i = 0; i < out.length; i++) {
                    out[i] = Integer.toUnsignedLong(buffer.getInt());
                }
                return out;
            }
            case "SL" -> {
                double[] out = new double[element.value().length / 4];
                for (int i = 0; i < out.length; i++) {
                    out[i] = buffer.getInt();
                }
                return out;
            }
            case "FL" -> {
                double[] out = new double[element.value().length / 4];
                for (int i = 0; i < out.length; i++) {
                    out[i] = buffer.getFloat();
                }
                return out;
            }
            case "FD" -> {
                double[] out = new double[element.value().length / 8];
                for (int i = 0; i < out.length; i++) {
                    out[i] = buffer.getDouble();
                }
                return out;
            }
            default -> {
                List<String> texts = texts(tag);
                double[] out = new double[texts.size()];
                for (int i = 0; i < out.length; i++) {
                    out[i] = Double.parseDouble(texts.get(i));
                }
                return out;
            }
        }
    }

    /** The element's first number, or {@code otherwise} when it is absent or empty. */
    public double number(int tag, double otherwise) {
        double[] values = numbers(tag);
        return values.length == 0 ? otherwise : values[0];
    }

    /** The items of a sequence; empty when absent. */
    public List<DicomDataSet> items(int tag) {
        DicomElement element = elements.get(tag);
        return element == null || element.items() == null ? List.of() : element.items();
    }

    /** The element's raw bytes, or {@code null}. */
    byte[] bytes(int tag) {
        DicomElement element = elements.get(tag);
        return element == null ? null : element.value();
    }

    /** The element's encapsulated fragments, or {@code null} when it is not encapsulated. */
    List<byte[]> fragments(int tag) {
        DicomElement element = elements.get(tag);
        return element == null || element.fragments() == null ? null : new ArrayList<>(element.fragments());
    }

    private static boolean isBinaryNumber(String vr) {
        return switch (vr) {
            case "US", "SS", "UL", "SL", "FL", "FD" -> true;
            default -> false;
        };
    }
}
