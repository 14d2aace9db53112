package com.cumulus.commerce.functions.support;

import com.microsoft.azure.functions.HttpMethod;
import com.microsoft.azure.functions.HttpRequestMessage;
import com.microsoft.azure.functions.HttpResponseMessage;
import com.microsoft.azure.functions.HttpStatus;
import com.microsoft.azure.functions.HttpStatusType;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** A request with headers and the response builder a host would hand out, for middleware tests. */
final class FakeExchange implements HttpRequestMessage<Optional<String>> {

    private final Map<String, String> headers = new HashMap<>();
    private String rawQuery;

    FakeExchange header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    /** The query as the client wrote it, percent-escapes and all. */
    FakeExchange rawQuery(String query) {
        rawQuery = query;
        return this;
    }

    @Override
    public URI getUri() {
        return URI.create("http://127.0.0.1:7071/api/products/SKU-1" + (rawQuery == null ? "" : "?" + rawQuery));
    }

    @Override
    public HttpMethod getHttpMethod() {
        return HttpMethod.PUT;
    }

    @Override
    public Map<String, String> getHeaders() {
        return headers;
    }

    @Override
    public Map<String, String> getQueryParameters() {
        return Map.of();
    }

    @Override
    public Optional<String> getBody() {
        return Optional.empty();
    }

    @Override
    public HttpResponseMessage.Builder createResponseBuilder(HttpStatus status) {
        return new Response.Builder(status);
    }

    @Override
    public HttpResponseMessage.Builder createResponseBuilder(HttpStatusType status) {
        return new Response.Builder(status);
    }

    record Response(HttpStatusType status, Map<String, String> headers, Object body) implements HttpResponseMessage {

        @Override
        public HttpStatusType getStatus() {
            return status;
        }

        @Override
        public String getHeader(String key) {
            return headers.get(key);
        }

        @Override
        public Object getBody() {
            return body;
        }

        static final class Builder implements HttpResponseMessage.Builder {
            private HttpStatusType status;
            private final Map<String, String> headers = new HashMap<>();
            private Object body;

            Builder(HttpStatusType status) {
                this.status = status;
            }

            @Override
            public HttpResponseMessage.Builder status(HttpStatusType status) {
                this.status = status;
                return this;
            }

            @Override
            public HttpResponseMessage.Builder header(String key, String value) {
                headers.put(key, value);
                return this;
            }

            @Override
            public HttpResponseMessage.Builder body(Object body) {
                this.body = body;
                return this;
            }

            @Override
            public HttpResponseMessage build() {
                return new Response(status, Map.copyOf(headers), body);
            }
        }
    }
}
