package com.cumulus.commerce.devhost.workflows.expressions;

import static com.cumulus.commerce.devhost.workflows.expressions.FunctionSpec.MANY;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.UUID;

/** String functions. indexOf, lastIndexOf, startsWith and endsWith ignore case, as documented for Logic Apps. */
final class StringFunctions {

    private StringFunctions() {
    }

    static void register(FunctionTable t) {
        t.add("concat", 1, MANY, (a, s) -> {
            StringBuilder out = new StringBuilder();
            a.values().forEach(v -> out.append(Values.asText(v)));
            return Values.text(out.toString());
        });
        t.add("substring", 2, 3, StringFunctions::substring);
        t.add("slice", 2, 3, StringFunctions::slice);
        t.add("replace", 3, 3, (a, s) -> {
            String old = a.string(1);
            if (old.isEmpty()) {
                throw a.fail("expects its second parameter to be a non-empty string.");
            }
            return Values.text(a.string(0).replace(old, Values.asText(a.get(2))));
        });
        t.add("toLower", 1, 1, (a, s) -> Values.text(a.string(0).toLowerCase(Locale.ROOT)));
        t.add("toUpper", 1, 1, (a, s) -> Values.text(a.string(0).toUpperCase(Locale.ROOT)));
        t.add("trim", 1, 1, (a, s) -> Values.text(a.string(0).strip()));
        t.add("indexOf", 2, 2, (a, s) -> Values.integer(fold(a.string(0)).indexOf(fold(a.string(1)))));
        t.add("lastIndexOf", 2, 2, (a, s) -> {
            String text = fold(a.string(0));
            String search = fold(a.string(1));
            return Values.integer(search.isEmpty() ? text.length() - 1 : text.lastIndexOf(search));
        });
        t.add("nthIndexOf", 3, 3, StringFunctions::nthIndexOf);
        t.add("startsWith", 2, 2, (a, s) -> Values.bool(fold(a.string(0)).startsWith(fold(a.string(1)))));
        t.add("endsWith", 2, 2, (a, s) -> Values.bool(fold(a.string(0)).endsWith(fold(a.string(1)))));
        t.add("split", 2, 2, (a, s) -> {
            String text = a.string(0);
            String delimiter = a.string(1);
            ArrayNode parts = Values.array();
            if (delimiter.isEmpty()) {
                parts.add(text);
                return parts;
            }
            int from = 0;
            int at;
            while ((at = text.indexOf(delimiter, from)) >= 0) {
                parts.add(text.substring(from, at));
                from = at + delimiter.length();
            }
            parts.add(text.substring(from));
            return parts;
        });
        t.add("guid", 0, 1, (a, s) -> Values.text(guid(a, UUID.randomUUID())));
        t.add("length", 1, 1, (a, s) -> {
            JsonNode v = a.get(0);
            if (v.isTextual()) {
                return Values.integer(v.textValue().length());
            }
            if (v.isArray()) {
                return Values.integer(v.size());
            }
            throw a.typeError(0, "a string or an array", v);
        });
        t.add("formatNumber", 2, 3, (a, s) -> Values.text(NumberFormats.format(a.number(0), a.string(1), a.optionalString(2, "en-US"), a)));
        t.add("uriComponent", 1, 1, (a, s) -> Values.text(encodeUri(Values.asText(a.get(0)))));
        t.add("encodeUriComponent", 1, 1, (a, s) -> Values.text(encodeUri(Values.asText(a.get(0)))));
        t.add("uriComponentToString", 1, 1, (a, s) -> Values.text(decodeUri(a.string(0), a)));
        t.add("decodeUriComponent", 1, 1, (a, s) -> Values.text(decodeUri(a.string(0), a)));
        t.add("base64", 1, 1, (a, s) -> Values.text(Base64.getEncoder().encodeToString(Values.asText(a.get(0)).getBytes(StandardCharsets.UTF_8))));
        t.add("base64ToString", 1, 1, StringFunctions::fromBase64);
        t.add("decodeBase64", 1, 1, StringFunctions::fromBase64);
    }

    /** Case folding for the case-insensitive searches. */
    private static String fold(String text) {
        return text.toLowerCase(Locale.ROOT);
    }

    private static JsonNode substring(Args a, ExpressionScope scope) {
        String text = a.string(0);
        long start = a.integer(1);
        long length = a.has(2) ? a.integer(2) : text.length() - start;
        if (start < 0 || length < 0 || start + length > text.length()) {
            throw a.fail("parameters are out of range: 'startIndex' (" + start + ") and 'length' (" + length
                    + ") must be non-negative and 'startIndex + length' must not exceed the length of the string (" + text.length() + ").");
        }
        return Values.text(text.substring((int) start, (int) (start + length)));
    }

    /** slice clamps its indexes and counts negative ones from the end, unlike substring. */
    private static JsonNode slice(Args a, ExpressionScope scope) {
        String text = a.string(0);
        int length = text.length();
        long start = a.integer(1);
        long end = a.has(2) ? a.integer(2) : length;
        int from = (int) Math.max(0, Math.min(length, start < 0 ? length + start : start));
        int to = (int) Math.max(0, Math.min(length, end < 0 ? length + end : end));
        return Values.text(from >= to ? "" : text.substring(from, to));
    }

    private static JsonNode nthIndexOf(Args a, ExpressionScope scope) {
        String text = fold(a.string(0));
        String search = fold(a.string(1));
        long occurrence = a.integer(2);
        if (occurrence == 0) {
            throw a.fail("expects its third parameter to be a non-zero integer.");
        }
        if (occurrence > 0) {
            int at = -1;
            for (long n = 0; n < occurrence; n++) {
                at = text.indexOf(search, at + 1);
                if (at < 0) {
                    return Values.integer(-1);
                }
            }
            return Values.integer(at);
        }
        int at = text.length() + 1;
        for (long n = 0; n < -occurrence; n++) {
            at = at - 1 < 0 ? -1 : text.lastIndexOf(search, at - 1);
            if (at < 0) {
                return Values.integer(-1);
            }
        }
        return Values.integer(at);
    }

    static String guid(Args a, UUID uuid) {
        String format = a.optionalString(0, "D");
        String d = uuid.toString();
        String n = d.replace("-", "");
        return switch (format.toUpperCase(Locale.ROOT)) {
            case "D", "" -> d;
            case "N" -> n;
            case "B" -> "{" + d + "}";
            case "P" -> "(" + d + ")";
            case "X" -> "{0x" + n.substring(0, 8) + ",0x" + n.substring(8, 12) + ",0x" + n.substring(12, 16) + ",{"
                    + String.join(",", hexBytes(n.substring(16))) + "}}";
            default -> throw a.fail("expects its parameter to be one of the formats 'N', 'D', 'B', 'P' or 'X'; the provided value was '" + format + "'.");
        };
    }

    private static String[] hexBytes(String hex) {
        String[] bytes = new String[hex.length() / 2];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = "0x" + hex.substring(2 * i, 2 * i + 2);
        }
        return bytes;
    }

    /** Percent-encodes everything but RFC 3986 unreserved characters, like .NET's Uri.EscapeDataString. */
    static String encodeUri(String text) {
        StringBuilder out = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.' || c == '~') {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16))).append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }

    /** Decodes %XX sequences as UTF-8; '+' stays a plus, as in uriComponentToString. */
    static String decodeUri(String text, Args a) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%') {
                int hi = i + 2 < text.length() ? Character.digit(text.charAt(i + 1), 16) : -1;
                int lo = i + 2 < text.length() ? Character.digit(text.charAt(i + 2), 16) : -1;
                if (hi < 0 || lo < 0) {
                    throw a.fail("was given a value with an invalid escape sequence at position " + (i + 1) + ".");
                }
                bytes.write(hi * 16 + lo);
                i += 2;
            } else {
                int codePoint = text.codePointAt(i);
                byte[] encoded = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8);
                bytes.write(encoded, 0, encoded.length);
                i += Character.charCount(codePoint) - 1;
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static JsonNode fromBase64(Args a, ExpressionScope scope) {
        try {
            return Values.text(new String(Base64.getDecoder().decode(a.string(0).strip()), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            throw a.fail("was given a value that is not valid base64.");
        }
    }
}
