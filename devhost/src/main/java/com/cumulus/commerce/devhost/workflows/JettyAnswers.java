package com.cumulus.commerce.devhost.workflows;

import com.cumulus.commerce.platform.http.Problem;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/** Writes JSON and problem+json answers on Jetty's core API. */
final class JettyAnswers {

    private JettyAnswers() {
    }

    static void json(Response response, Callback callback, int status, String json, Map<String, String> headers) {
        headers.forEach((name, value) -> response.getHeaders().put(name, value));
        write(response, callback, status, "application/json", json);
    }

    static void problem(Response response, Callback callback, Problem problem, Map<String, String> headers) {
        headers.forEach((name, value) -> response.getHeaders().put(name, value));
        write(response, callback, problem.status(), Problem.MEDIA_TYPE, problem.toJson());
    }

    static void write(Response response, Callback callback, int status, String contentType, String text) {
        var bytes = text == null ? new byte[0] : text.getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        if (contentType != null && bytes.length > 0) {
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, contentType);
        }
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, bytes.length);
        response.write(true, ByteBuffer.wrap(bytes), callback);
    }
}
