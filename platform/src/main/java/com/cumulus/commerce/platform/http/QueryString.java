package com.cumulus.commerce.platform.http;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A URL's raw query read as the URL Standard's {@code application/x-www-form-urlencoded} parser reads it, which
 * never fails: {@code +} is a space, a {@code %} that starts no escape is kept as it is, and bytes that are not
 * UTF-8 become U+FFFD. What the parser cannot say, this one does: whether each name and value was UTF-8 text, so
 * the host can hand functions decoded parameters and the app can refuse one that was not text, by name.
 */
public final class QueryString {

    /** One {@code name=value} pair; {@code text} is false when the name or the value was not UTF-8. */
    public record Parameter(String name, String value, boolean text) {
    }

    private QueryString() {
    }

    /** The parameters in the order they appear; none for a null or empty query. */
    public static List<Parameter> parse(String rawQuery) {
        var parameters = new ArrayList<Parameter>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return parameters;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            var name = decode(eq < 0 ? pair : pair.substring(0, eq));
            var value = decode(eq < 0 ? "" : pair.substring(eq + 1));
            parameters.add(new Parameter(name.decoded(), value.decoded(), name.utf8() && value.utf8()));
        }
        return parameters;
    }

    /** The first parameter whose name or value was not UTF-8 text, if any. */
    public static Optional<Parameter> firstNotText(String rawQuery) {
        return parse(rawQuery).stream().filter(parameter -> !parameter.text()).findFirst();
    }

    private static Decoded decode(String raw) {
        if (raw.indexOf('%') < 0 && raw.indexOf('+') < 0) {
            return new Decoded(raw, true); // the common case: nothing to decode
        }
        var bytes = new ByteArrayOutputStream(raw.length());
        var plain = new StringBuilder();
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            boolean escape = c == '%' && i + 2 < raw.length()
                    && hex(raw.charAt(i + 1)) >= 0 && hex(raw.charAt(i + 2)) >= 0;
            if (escape || c == '+') {
                bytes.writeBytes(plain.toString().getBytes(StandardCharsets.UTF_8));
                plain.setLength(0);
            }
            if (escape) {
                bytes.write(hex(raw.charAt(i + 1)) * 16 + hex(raw.charAt(i + 2)));
                i += 2;
            } else if (c == '+') {
                bytes.write(' ');
            } else {
                plain.append(c);
            }
        }
        bytes.writeBytes(plain.toString().getBytes(StandardCharsets.UTF_8));
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return new Decoded(decoder.decode(ByteBuffer.wrap(bytes.toByteArray())).toString(), true);
        } catch (CharacterCodingException notUtf8) {
            return new Decoded(bytes.toString(StandardCharsets.UTF_8), false);
        }
    }

    /** An ASCII hex digit's value, else -1 (Character.digit would take other scripts' digits too). */
    private static int hex(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }

    private record Decoded(String decoded, boolean utf8) {
    }
}
