package org.confounderlab.engine.weights;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small, strict JSON reader (RFC 8259) for safetensors headers, as the target platform has no JSON library.
 * Objects become {@link LinkedHashMap}s in the text's order (a repeated key is an error), arrays {@link List}s,
 * strings {@link String}s (all escapes, {@code \}{@code uXXXX} included), integers {@link Long}s, other numbers
 * {@link Double}s, {@code true}/{@code false} {@link Boolean}s and {@code null} null. Nesting is limited, so a
 * hostile header cannot exhaust the stack.
 */
final class JsonReader {

    private static final int MAX_DEPTH = 64;

    private final Path file;

    private final String text;

    private int at;

    private JsonReader(Path file, String text) {
        this.file = file;
        this.text = text;
    }

    /** The one value {@code text} holds, surrounded by nothing but white space. */
    static Object parse(Path file, String text) throws WeightsFileException {
        JsonReader reader = new JsonReader(file, text);
        reader.skipSpace();
        Object value = reader.value(0);
        reader.skipSpace();
        if (reader.at < text.length()) {
            throw reader.error("text after the end of the header's JSON value");
        }
        return value;
    }

    private Object value(int depth) throws WeightsFileException {
        if (depth > MAX_DEPTH) {
            throw error("JSON nested deeper than " + MAX_DEPTH + " levels");
        }
        if (at >= text.length()) {
            throw error("the JSON ends where a value should be");
        }
        char c = text.charAt(at);
        return switch (c) {
            case '{' -> object(depth);
            case '[' -> array(depth);
            case '"' -> string();
            case 't' -> word("true", Boolean.TRUE);
            case 'f' -> word("false", Boolean.FALSE);
            case 'n' -> word("null", null);
            default -> {
                if (c == '-' || (c >= '0' && c <= '9')) {
                    yield number();
                }
                throw error("unexpected character '" + c + "'");
            }
        };
    }

    private Map<String, Object> object(int depth) throws WeightsFileException {
        Map<String, Object> members = new LinkedHashMap<>();
        at++;
        skipSpace();
        if (peek() == '}') {
            at++;
            return members;
        }
        while (true) {
            skipSpace();
            if (peek() != '"') {
                throw error("expected a quoted member name");
            }
            int keyAt = at;
            String key = string();
            skipSpace();
            expect(':');
            skipSpace();
            Object value = value(depth + 1);
            if (members.containsKey(key)) {
                at = keyAt;
                throw error("the name \"" + key + "\" appears twice");
            }
            members.put(key, value);
            skipSpace();
            if (peek() == ',') {
                at++;
            } else {
                expect('}');
                return members;
            }
        }
    }

    private List<Object> array(int depth) throws WeightsFileException {
        List<Object> items = new ArrayList<>();
        at++;
        skipSpace();
        if (peek() == ']') {
            at++;
            return items;
        }
        while (true) {
            skipSpace();
            items.add(value(depth + 1));
            skipSpace();
            if (peek() == ',') {
                at++;
            } else {
                expect(']');
                return items;
            }
        }
    }

    private String string() throws WeightsFileException {
        at++;
        StringBuilder out = new StringBuilder();
        while (true) {
            if (at >= text.length()) {
                throw error("a string runs to the end of the header");
            }
            char c = text.charAt(at++);
            if (c == '"') {
                return out.toString();
            }
            if (c < 0x20) {
                at--;
                throw error("an unescaped control character in a string");
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            if (at >= text.length()) {
                throw error("a string runs to the end of the header");
            }
            char escaped = text.charAt(at++);
            switch (escaped) {
                case '"', '\\', '/' -> out.append(escaped);
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> out.append(hexChar());
                default -> {
                    at--;
                    throw error("an unknown escape \\" + escaped);
                }
            }
        }
    }

    private char hexChar() throws WeightsFileException {
        if (at + 4 > text.length()) {
            throw error("a \\u escape without four hex digits");
        }
        int code = 0;
        for (int i = 0; i < 4; i++) {
            int digit = Character.digit(text.charAt(at + i), 16);
            if (digit < 0) {
                throw error("a \\u escape without four hex digits");
            }
            code = code * 16 + digit;
        }
        at += 4;
        return (char) code;
    }

    private Object number() throws WeightsFileException {
        int start = at;
        if (peek() == '-') {
            at++;
        }
        if (peek() == '0') {
            at++;
        } else if (!digits()) {
            throw error("a number without digits");
        }
        boolean integer = true;
        if (peek() == '.') {
            at++;
            integer = false;
            if (!digits()) {
                throw error("a number without digits after the point");
            }
        }
        if (peek() == 'e' || peek() == 'E') {
            at++;
            integer = false;
            if (peek() == '+' || peek() == '-') {
                at++;
            }
            if (!digits()) {
                throw error("a number without digits in its exponent");
            }
        }
        String lexeme = text.substring(start, at);
        if (!integer) {
            return Double.valueOf(lexeme);
        }
        try {
            return Long.valueOf(lexeme);
        } catch (NumberFormatException e) {
            at = start;
            throw error("the integer " + lexeme + " is out of range", e);
        }
    }

    private boolean digits() {
        int start = at;
        while (at < text.length() && text.charAt(at) >= '0' && text.charAt(at) <= '9') {
            at++;
        }
        return at > start;
    }

    private Object word(String word, Object value) throws WeightsFileException {
        if (!text.startsWith(word, at)) {
            throw error("unexpected character '" + text.charAt(at) + "'");
        }
        at += word.length();
        return value;
    }

    private void expect(char c) throws WeightsFileException {
        if (peek() != c) {
            throw error(at >= text.length() ? "the JSON ends where '" + c + "' should be" : "expected '" + c + "'");
        }
        at++;
    }

    private char peek() {
        return at < text.length() ? text.charAt(at) : '\0';
    }

    private void skipSpace() {
        while (at < text.length()) {
            char c = text.charAt(at);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return;
            }
            at++;
        }
    }

    private WeightsFileException error(String problem) {
        return error(problem, null);
    }

    private WeightsFileException error(String problem, Throwable cause) {
        return new WeightsFileException(file, "its safetensors header is not valid JSON at character " + at + ": "
                + problem, cause);
    }
}
