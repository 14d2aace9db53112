package com.cumulus.commerce.functions.support.testing;

import com.microsoft.azure.functions.HttpMethod;
import com.microsoft.azure.functions.HttpRequestMessage;
import com.microsoft.azure.functions.HttpResponseMessage;
import com.microsoft.azure.functions.HttpStatus;
import com.microsoft.azure.functions.HttpStatusType;
import java.net.URI;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A request as the Functions host hands it over, and the response builder it supplies. Published in this
 * module's test-jar so every function app's tests call their functions the same way.
 */
public final class FakeHttpRequest implements HttpRequestMessage<Optional<String>> {

    private final HttpMethod method;
    private final URI uri;
    private final Map<String, String> headers = new HashMap<>();
    private final Map<String, String> query = new HashMap<>();
    private String body;

    private FakeHttpRequest(HttpMethod method, String path) {
        this.method = method;
        this.uri = URI.create("http://localhost:7071" + path);
    }

    public static FakeHttpRequest get(String path) {
        return new FakeHttpRequest(HttpMethod.GET, path);
    }

    public static FakeHttpRequest put(String path, String body) {
        return new FakeHttpRequest(HttpMethod.PUT, path).body(body).header("content-type", "application/json");
    }

    public static FakeHttpRequest patch(String path, String body) {
        return new FakeHttpRequest(HttpMethod.PATCH, path).body(body)
                .header("content-type", "application/merge-patch+json");
    }

    public static FakeHttpRequest post(String path, String body) {
        return new FakeHttpRequest(HttpMethod.POST, path).body(body).header("content-type", "application/json");
    }

    /** Header names go in lower case, as the Functions host delivers them. */
    public FakeHttpRequest header(String name, String value) {
        headers.put(name.toLowerCase(java.util.Locale.ROOT), value);
        return this;
    }

    public FakeHttpRequest query(String name, String value) {
        query.put(name, value);
        return this;
    }

    public FakeHttpRequest body(String value) {
        body = value;
        return this;
    }

    @Override
    public URI getUri() {
        return uri;
    }

    @Override
    public HttpMethod getHttpMethod() {
        return method;
    }

    @Override
    public Map<String, String> getHeaders() {
        return headers;
    }

    @Override
    public Map<String, String> getQueryParameters() {
        return query;
    }

    @Override
    public Optional<String> getBody() {
        return Optional.ofNullable(body);
    }

    @Override
    public HttpResponseMessage.Builder createResponseBuilder(HttpStatus status) {
        return new Builder(status);
    }

    @Override
    public HttpResponseMessage.Builder createResponseBuilder(HttpStatusType status) {
        return new Builder(status);
    }

    private static final class Builder implements HttpResponseMessage.Builder {
        private HttpStatusType status;
        private final Map<String, String> headers = new LinkedHashMap<>();
        private Object body;

        Builder(HttpStatusType status) {
            this.status = status;
        }

        @Override
        public HttpResponseMessage.Builder status(HttpStatusType value) {
            status = value;
            return this;
        }

        @Override
        public HttpResponseMessage.Builder header(String name, String value) {
            headers.put(name, value);
            return this;
        }

        @Override
        public HttpResponseMessage.Builder body(Object value) {
            body = value;
            return this;
        }

        @Override
        public HttpResponseMessage build() {
            var finalStatus = status;
            var finalHeaders = Map.copyOf(headers);
            var finalBody = body;
            return new HttpResponseMessage() {
                @Override
                public HttpStatusType getStatus() {
                    return finalStatus;
                }

                @Override
                public String getHeader(String name) {
                    return finalHeaders.get(name);
                }

                @Override
                public Object getBody() {
                    return finalBody;
                }
            };
        }
    }
}
