package com.cumulus.commerce.devhost.http;

import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * The request URI as a {@link URI} for {@code HttpRequestMessage.getUri()}, which must not fail: Jetty accepts a
 * query that {@link URI} refuses (a {@code %} that starts no escape, characters URIs do not allow), and a
 * function that reads its URI to answer a problem must still be able to answer. Such characters are
 * percent-encoded, which is what the URL Standard reads them as anyway (a lone {@code %} is the text {@code %});
 * every valid escape, including bytes that are not UTF-8, stays as the client sent it.
 */
final class RequestUris {

    private static final String ALLOWED = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
            + "-._~" + ":/?#[]@" + "!$&'()*+,;=";

    private RequestUris() {
    }

    static URI of(String raw) {
        try {
            return URI.create(raw);
        } catch (IllegalArgumentException refused) {
            return URI.create(escape(raw));
        }
    }

    static String escape(String raw) {
        var out = new StringBuilder(raw.length() + 16);
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%' && i + 2 < raw.length() && isHex(raw.charAt(i + 1)) && isHex(raw.charAt(i + 2))) {
                out.append(raw, i, i + 3);
                i += 2;
            } else if (c < 0x80 && ALLOWED.indexOf(c) >= 0) {
                out.append(c);
            } else {
                int end = Character.isHighSurrogate(c) && i + 1 < raw.length() ? i + 2 : i + 1;
                for (byte b : raw.substring(i, end).getBytes(StandardCharsets.UTF_8)) {
                    out.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xF, 16)))
                            .append(Character.toUpperCase(Character.forDigit(b & 0xF, 16)));
                }
                i = end - 1;
            }
        }
        return out.toString();
    }

    private static boolean isHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
}
