package com.cumulus.commerce.devhost.http;

import com.cumulus.commerce.platform.http.Problem;
import com.cumulus.commerce.platform.http.Problems;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * In front of everything the host serves, as the Functions host's own middleware is in Azure: puts host.json's
 * custom headers on the response before anyone writes it (so a function's header of the same name replaces
 * them), answers CORS preflights without routing them to a function, and marks actual requests from allowed
 * origins readable.
 */
final class EdgeHandler extends Handler.Wrapper {

    private final Map<String, String> customHeaders;
    private final Cors cors;
    private final Function<String, Set<String>> methodsAt;
    private final LongAdder served;

    /**
     * @param methodsAt the methods some function takes at a request path; empty when none answers there
     * @param served counts every request that reaches the host's handlers
     */
    EdgeHandler(EdgeSettings settings, Function<String, Set<String>> methodsAt, LongAdder served, Handler next) {
        super(next);
        this.served = served;
        this.customHeaders = settings.customHeaders();
        this.cors = new Cors(settings.cors());
        this.methodsAt = methodsAt;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        served.increment();
        var fields = response.getHeaders();
        putAll(fields, customHeaders);
        if (cors.variesByOrigin()) {
            vary(fields, "Origin");
        }
        var origin = request.getHeaders().get(HttpHeader.ORIGIN);
        if (isPreflight(request, origin)) {
            preflight(request, origin, response, callback);
            return true;
        }
        putAll(fields, cors.actual(origin));
        return super.handle(request, response, callback);
    }

    /** Adds to Vary rather than replacing it, so neither the host's nor a function's reason is lost. */
    static void vary(HttpFields.Mutable fields, String value) {
        fields.ensureField(new HttpField(HttpHeader.VARY, value));
    }

    static void putAll(HttpFields.Mutable fields, Map<String, String> headers) {
        headers.forEach(fields::put);
    }

    private static boolean isPreflight(Request request, String origin) {
        return request.getMethod().equals("OPTIONS") && origin != null
                && request.getHeaders().contains(HttpHeader.ACCESS_CONTROL_REQUEST_METHOD);
    }

    private void preflight(Request request, String origin, Response response, Callback callback) {
        var path = request.getHttpURI().getCanonicalPath();
        if (!cors.allows(origin)) {
            ResponseWriter.problem(response, callback, Problem.of("cors-origin-refused", "Forbidden", 403,
                    "this origin may not call the API from a browser").withInstance(path));
            return;
        }
        var methods = path == null ? Set.<String>of() : methodsAt.apply(path);
        if (methods.isEmpty()) {
            ResponseWriter.problem(response, callback, Problems.notFound("no function answers " + path)
                    .withInstance(path));
            return;
        }
        putAll(response.getHeaders(), cors.preflight(origin, methods,
                String.join(",", request.getHeaders().getValuesList(HttpHeader.ACCESS_CONTROL_REQUEST_HEADERS))));
        response.setStatus(204);
        callback.succeeded();
    }
}
