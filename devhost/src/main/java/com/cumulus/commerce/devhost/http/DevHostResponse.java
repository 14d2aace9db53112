package com.cumulus.commerce.devhost.http;

import com.microsoft.azure.functions.HttpResponseMessage;
import com.microsoft.azure.functions.HttpStatusType;
import java.util.Map;
import java.util.TreeMap;

/** A function's HTTP response and the builder that makes it; header names ignore case. */
record DevHostResponse(HttpStatusType status, Map<String, String> headers, Object body) implements HttpResponseMessage {

    @Override
    public HttpStatusType getStatus() {
        return status;
    }

    @Override
    public String getHeader(String name) {
        return headers.get(name);
    }

    @Override
    public Object getBody() {
        return body;
    }

    static final class Builder implements HttpResponseMessage.Builder {

        private HttpStatusType status;
        private final Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        private Object body;

        Builder(HttpStatusType status) {
            this.status = java.util.Objects.requireNonNull(status, "'status' must not be null");
        }

        @Override
        public HttpResponseMessage.Builder status(HttpStatusType status) {
            this.status = java.util.Objects.requireNonNull(status, "'status' must not be null");
            return this;
        }

        @Override
        public HttpResponseMessage.Builder header(String name, String value) {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("'name' must not be blank");
            }
            headers.put(name, value);
            return this;
        }

        @Override
        public HttpResponseMessage.Builder body(Object body) {
            this.body = body;
            return this;
        }

        @Override
        public HttpResponseMessage build() {
            return new DevHostResponse(status, headers, body);
        }
    }
}
