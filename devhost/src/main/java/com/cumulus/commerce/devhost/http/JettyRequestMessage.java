package com.cumulus.commerce.devhost.http;

import com.cumulus.commerce.platform.http.QueryString;
import com.microsoft.azure.functions.HttpMethod;
import com.microsoft.azure.functions.HttpRequestMessage;
import com.microsoft.azure.functions.HttpResponseMessage;
import com.microsoft.azure.functions.HttpStatus;
import com.microsoft.azure.functions.HttpStatusType;
import java.net.URI;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.jetty.server.Request;

/**
 * A Jetty request seen as the Functions {@link HttpRequestMessage}. Headers and query parameters are copied
 * only when a function asks for them, since most read one or two of either or none.
 */
final class JettyRequestMessage implements HttpRequestMessage<Object> {

    private final Request request;
    private final Object body;
    private Map<String, String> headers;
    private Map<String, String> query;

    JettyRequestMessage(Request request, Object body) {
        this.request = request;
        this.body = body;
    }

    @Override
    public URI getUri() {
        return RequestUris.of(request.getHttpURI().asString());
    }

    @Override
    public HttpMethod getHttpMethod() {
        return HttpMethod.value(request.getMethod());
    }

    @Override
    public Map<String, String> getHeaders() {
        if (headers == null) {
            var map = new TreeMap<String, String>(String.CASE_INSENSITIVE_ORDER);
            for (var field : request.getHeaders()) {
                map.merge(field.getName(), field.getValue(), (a, b) -> a + ", " + b);
            }
            // Azure's front end tells functions the client's address this way; a caller cannot choose it
            map.put("X-Forwarded-For", Request.getRemoteAddr(request) + ":" + Request.getRemotePort(request));
            headers = Collections.unmodifiableMap(map);
        }
        return headers;
    }

    @Override
    public Map<String, String> getQueryParameters() {
        if (query == null) {
            query = queryOf(request);
        }
        return query;
    }

    /**
     * The query decoded as Azure's host hands it to functions, first value of a name winning, names in any case.
     * Decoding never fails (see {@link QueryString}): a parameter that is not UTF-8 text reaches the function with
     * U+FFFD in it, and the app's guard refuses it by name after routing and the access check.
     */
    static Map<String, String> queryOf(Request request) {
        var parameters = QueryString.parse(request.getHttpURI().getQuery());
        if (parameters.isEmpty()) {
            return Map.of();
        }
        var map = new TreeMap<String, String>(String.CASE_INSENSITIVE_ORDER);
        for (var parameter : parameters) {
            map.putIfAbsent(parameter.name(), parameter.value());
        }
        return Collections.unmodifiableMap(map);
    }

    @Override
    public Object getBody() {
        return body;
    }

    @Override
    public HttpResponseMessage.Builder createResponseBuilder(HttpStatus status) {
        return new DevHostResponse.Builder(status);
    }

    @Override
    public HttpResponseMessage.Builder createResponseBuilder(HttpStatusType status) {
        return new DevHostResponse.Builder(status);
    }
}
