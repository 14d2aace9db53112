package com.cumulus.commerce.systemtests.security;

import com.cumulus.commerce.platform.http.Json;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * HTTP/1.1 requests written byte for byte on a socket, for what {@code java.net.http} refuses to send: a request
 * target with a lone {@code %} or escapes that are not UTF-8, header values that are not ASCII. Each request has
 * its own connection ({@code Connection: close}), so the answer ends where the stream does.
 */
final class RawHttp {

    record Answer(int status, Map<String, String> headers, String body) {

        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        JsonNode json() {
            try {
                return Json.mapper().readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + body, e);
            }
        }
    }

    private RawHttp() {
    }

    /** GET {@code target} exactly as written; header values go out as ISO-8859-1 bytes. */
    static Answer get(int port, String target, Map<String, String> headers) {
        var request = new StringBuilder("GET ").append(target).append(" HTTP/1.1\r\nHost: 127.0.0.1:").append(port)
                .append("\r\n");
        headers.forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
        request.append("Connection: close\r\n\r\n");
        try (var socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            return parse(socket.getInputStream().readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("devhost did not answer " + target, e);
        }
    }

    private static Answer parse(byte[] raw) {
        var text = new String(raw, StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        if (end < 0) {
            throw new AssertionError("no complete HTTP answer: " + text);
        }
        var lines = text.substring(0, end).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        var headers = new TreeMap<String, String>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
                    lines[i].substring(colon + 1).trim());
        }
        boolean chunked = "chunked".equalsIgnoreCase(headers.get("transfer-encoding"));
        var body = chunked ? unchunk(raw, end + 4) : Arrays.copyOfRange(raw, end + 4, raw.length);
        return new Answer(status, headers, new String(body, StandardCharsets.UTF_8));
    }

    private static byte[] unchunk(byte[] raw, int from) {
        var out = new ByteArrayOutputStream();
        int at = from;
        while (true) {
            int lineEnd = at;
            while (raw[lineEnd] != '\r') {
                lineEnd++;
            }
            var sizeLine = new String(raw, at, lineEnd - at, StandardCharsets.ISO_8859_1);
            int size = Integer.parseInt(sizeLine.split(";")[0].trim(), 16);
            if (size == 0) {
                return out.toByteArray();
            }
            out.write(raw, lineEnd + 2, size);
            at = lineEnd + 2 + size + 2;
        }
    }
}
