package com.cumulus.commerce.devhost.http;

import com.cumulus.commerce.platform.http.Json;
import com.cumulus.commerce.platform.http.Problem;
import com.microsoft.azure.functions.HttpResponseMessage;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/** Writes function results and problems to Jetty responses, always with a Content-Length. */
final class ResponseWriter {

    private static final String JSON = "application/json";
    private static final String TEXT = "text/plain; charset=utf-8";
    private static final String OCTETS = "application/octet-stream";

    private ResponseWriter() {
    }

    /** A body ready to write: encoded before the response is touched, so encoding failures can still be 500s. */
    record Encoded(int status, Iterable<java.util.Map.Entry<String, String>> headers, String contentType,
            byte[] body) {
    }

    /** What a function returned: an HttpResponseMessage, null (204), or any other object as a 200 body. */
    static Encoded encode(Object result) {
        if (result == null) {
            return new Encoded(204, java.util.List.of(), null, null);
        }
        if (result instanceof HttpResponseMessage message) {
            var headers = message instanceof DevHostResponse own ? own.headers().entrySet()
                    : java.util.List.<java.util.Map.Entry<String, String>>of();
            var body = message.getBody();
            var explicitType = message.getHeader("Content-Type");
            return new Encoded(message.getStatusCode(), headers, explicitType != null ? null : contentType(body),
                    bytes(body));
        }
        return new Encoded(200, java.util.List.of(), contentType(result), bytes(result));
    }

    static void write(Response response, Callback callback, Encoded encoded) {
        response.setStatus(encoded.status());
        var fields = response.getHeaders();
        for (var header : encoded.headers()) {
            if (header.getValue() == null || header.getKey().equalsIgnoreCase("Content-Length")) {
                continue;
            }
            if (header.getKey().equalsIgnoreCase("Vary")) {
                EdgeHandler.vary(fields, header.getValue());
            } else {
                fields.put(header.getKey(), header.getValue());
            }
        }
        if (encoded.contentType() != null) {
            fields.put(HttpHeader.CONTENT_TYPE, encoded.contentType());
        }
        var body = encoded.body();
        if (body == null || body.length == 0) {
            fields.put(HttpHeader.CONTENT_LENGTH, 0L);
            callback.succeeded();
            return;
        }
        fields.put(HttpHeader.CONTENT_LENGTH, body.length);
        response.write(true, ByteBuffer.wrap(body), callback);
    }

    static void problem(Response response, Callback callback, Problem problem) {
        var body = problem.toJson().getBytes(StandardCharsets.UTF_8);
        response.setStatus(problem.status());
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, Problem.MEDIA_TYPE);
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
        response.write(true, ByteBuffer.wrap(body), callback);
    }

    static void json(Response response, Callback callback, Object value) {
        write(response, callback, new Encoded(200, java.util.List.of(), JSON, bytes(value)));
    }

    private static String contentType(Object body) {
        if (body == null) {
            return null;
        }
        if (body instanceof String) {
            return TEXT;
        }
        return body instanceof byte[] ? OCTETS : JSON;
    }

    private static byte[] bytes(Object body) {
        if (body == null) {
            return null;
        }
        if (body instanceof String text) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
        if (body instanceof byte[] raw) {
            return raw;
        }
        try {
            return Json.mapper().writeValueAsBytes(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("the response body cannot be written as JSON", e);
        }
    }
}
