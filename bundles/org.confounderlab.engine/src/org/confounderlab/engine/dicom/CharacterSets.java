package org.confounderlab.engine.dicom;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** The Java charset of a DICOM Specific Character Set (0008,0005) value; the default repertoire is ISO 8859-1. */
final class CharacterSets {

    private CharacterSets() {
    }

    static Charset of(String value) {
        String[] terms = value.strip().split("\\\\");
        // With code extensions (ISO 2022 ...) the escape sequences select the sets: ISO-2022-JP covers the Japanese
        // ones (IR 13, 87, 159), ISO-2022-KR the Korean; otherwise the first set names the repertoire.
        String joined = String.join(" ", terms).toUpperCase(java.util.Locale.ROOT);
        try {
            if (joined.contains("ISO 2022 IR 87") || joined.contains("ISO 2022 IR 159")
                    || joined.contains("ISO 2022 IR 13")) {
                return Charset.forName("ISO-2022-JP");
            }
            if (joined.contains("ISO 2022 IR 149")) {
                return Charset.forName("ISO-2022-KR");
            }
            String first = terms.length == 0 ? "" : terms[0].strip().toUpperCase(java.util.Locale.ROOT);
            return switch (first.replace("ISO 2022 ", "ISO_")) {
                case "ISO_IR 192" -> StandardCharsets.UTF_8;
                case "GB18030", "GBK" -> Charset.forName("GB18030");
                case "ISO_IR 101" -> Charset.forName("ISO-8859-2");
                case "ISO_IR 109" -> Charset.forName("ISO-8859-3");
                case "ISO_IR 110" -> Charset.forName("ISO-8859-4");
                case "ISO_IR 144" -> Charset.forName("ISO-8859-5");
                case "ISO_IR 127" -> Charset.forName("ISO-8859-6");
                case "ISO_IR 126" -> Charset.forName("ISO-8859-7");
                case "ISO_IR 138" -> Charset.forName("ISO-8859-8");
                case "ISO_IR 148" -> Charset.forName("ISO-8859-9");
                case "ISO_IR 166" -> Charset.forName("TIS-620");
                case "ISO_IR 13" -> Charset.forName("Shift_JIS");
                default -> StandardCharsets.ISO_8859_1;
            };
        } catch (IllegalArgumentException e) {
            return StandardCharsets.ISO_8859_1;
        }
    }
}
