package org.confounderlab.engine.report;

import java.util.Base64;

/** Small helpers for writing the report's HTML: escaping and data URIs. */
public final class Html {

    private Html() {
    }

    /** {@code text} escaped for use in element content and quoted attribute values; {@code null} gives "". */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** A {@code data:image/png;base64,…} URI of the PNG bytes, so the report needs no side files. */
    public static String pngDataUri(byte[] png) {
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(png);
    }
}
