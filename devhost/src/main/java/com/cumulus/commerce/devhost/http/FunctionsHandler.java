package com.cumulus.commerce.devhost.http;

import com.cumulus.commerce.devhost.functions.HttpEndpoint;
import com.cumulus.commerce.devhost.functions.InvocationIds;
import com.cumulus.commerce.platform.http.Problems;
import com.microsoft.azure.functions.annotation.AuthorizationLevel;
import java.io.IOException;
import java.util.LinkedHashMap;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Routes requests to HTTP functions: 404/405 for paths and methods no function takes, 401 without the key
 * the function's auth level needs, 413 past the body limit, 400 for a body that does not parse, 500 when the
 * function throws (the stack trace stays in the log), 504 when it takes too long.
 */
final class FunctionsHandler extends Handler.Abstract {

    /** How much of an oversized body is read and dropped so its sender can read the 413. */
    private static final long DRAIN_LIMIT = 8L * 1024 * 1024;


    private static final Logger LOG = LoggerFactory.getLogger(FunctionsHandler.class);
    private static final String STATUS_PATH = "/admin/host/status";
    private static final String KEY_HEADER = "x-functions-key";

    private final HttpRoutes routes;
    private final String prefixPath;
    private final HttpHostOptions options;
    private final InvocationWatchdog watchdog;

    FunctionsHandler(HttpRoutes routes, HttpHostOptions options, InvocationWatchdog watchdog) {
        this.routes = routes;
        this.prefixPath = options.routePrefix().isEmpty() ? "" : "/" + RouteTemplate.trimSlashes(options.routePrefix());
        this.options = options;
        this.watchdog = watchdog;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        try {
            route(request, response, callback);
        } catch (Throwable e) {
            var invocationId = InvocationIds.next();
            LOG.error("request {} {} failed in the host, invocationId={}", request.getMethod(),
                    request.getHttpURI().getPath(), invocationId, e);
            if (!response.isCommitted()) {
                ResponseWriter.problem(response, callback, Problems.internal(invocationId));
            } else {
                callback.failed(e);
            }
        }
        return true;
    }

    private void route(Request request, Response response, Callback callback) throws IOException {
        var path = request.getHttpURI().getCanonicalPath();
        var method = request.getMethod();
        if (path.equalsIgnoreCase(STATUS_PATH)) {
            status(request, method, path, response, callback);
            return;
        }
        var relative = relativePath(path);
        if (relative == null) {
            discardBody(request, options.maxRequestBytes());
            ResponseWriter.problem(response, callback, Problems.notFound("no function answers " + path).withInstance(path));
            return;
        }
        var segments = relative.isEmpty() ? new String[0] : relative.split("/");
        var match = routes.match(method, segments);
        if (match.endpoint() == null) {
            discardBody(request, options.maxRequestBytes());
            if (match.allow() != null) {
                response.getHeaders().put(HttpHeader.ALLOW, match.allow());
                ResponseWriter.problem(response, callback, Problems.methodNotAllowed(method, path).withInstance(path));
            } else {
                ResponseWriter.problem(response, callback, Problems.notFound("no function answers " + path)
                        .withInstance(path));
            }
            return;
        }
        var endpoint = match.endpoint();
        if (!authorised(request, endpoint.authLevel())) {
            discardBody(request, options.maxRequestBytes());
            ResponseWriter.problem(response, callback, Problems.unauthorized(
                    "this function needs a valid key in the x-functions-key header or the code query parameter")
                    .withInstance(path));
            return;
        }
        var raw = readBody(request);
        if (raw == null) {
            discardBody(request, DRAIN_LIMIT);
            ResponseWriter.problem(response, callback, Problems.payloadTooLarge(options.maxRequestBytes())
                    .withInstance(path));
            return;
        }
        Object body;
        try {
            body = endpoint.readBody(raw);
        } catch (IllegalArgumentException e) {
            ResponseWriter.problem(response, callback, Problems.malformedJson(e.getMessage()).withInstance(path));
            return;
        }
        invoke(endpoint, new JettyRequestMessage(request, body), match, request, response, callback);
    }

    /** The methods functions take at a request path (prefix included); empty when no function answers. */
    java.util.Set<String> methodsAt(String path) {
        var relative = relativePath(path);
        if (relative == null) {
            return java.util.Set.of();
        }
        return routes.methodsAt(relative.isEmpty() ? new String[0] : relative.split("/"));
    }

    private void invoke(HttpEndpoint endpoint, JettyRequestMessage message, HttpRoutes.Match match, Request request,
            Response response, Callback callback) {
        var invocationId = InvocationIds.next();
        var headers = request.getHeaders();
        var trace = HttpEndpoint.traceContext(headers.get("traceparent"), headers.get("tracestate"));
        var exchange = new Exchange(response, callback, endpoint.functionName(), invocationId,
                watchdog.deadlineFromNow());
        watchdog.watch(exchange);
        try {
            var result = endpoint.invoke(invocationId, message, match.values(), trace);
            ResponseWriter.Encoded encoded;
            try {
                encoded = ResponseWriter.encode(result);
            } catch (RuntimeException e) {
                LOG.error("function={} invocationId={} returned a response that cannot be written",
                        endpoint.functionName(), invocationId, e);
                exchange.answer(Problems.internal(invocationId));
                return;
            }
            exchange.answer(encoded);
        } catch (Exception e) {
            exchange.answer(Problems.internal(invocationId));
        } finally {
            watchdog.release(exchange);
        }
    }

    private void status(Request request, String method, String path, Response response, Callback callback) {
        if (!method.equals("GET")) {
            response.getHeaders().put(HttpHeader.ALLOW, "GET");
            ResponseWriter.problem(response, callback, Problems.methodNotAllowed(method, path).withInstance(path));
            return;
        }
        if (!authorised(request, AuthorizationLevel.ADMIN)) {
            ResponseWriter.problem(response, callback,
                    Problems.unauthorized("the host status needs the master key").withInstance(path));
            return;
        }
        var status = new LinkedHashMap<String, Object>();
        status.put("state", "Running");
        status.put("version", options.version());
        status.put("functions", options.functionCount());
        ResponseWriter.json(response, callback, status);
    }

    private boolean authorised(Request request, AuthorizationLevel level) {
        if (level == AuthorizationLevel.ANONYMOUS) {
            return true;
        }
        var key = request.getHeaders().get(KEY_HEADER);
        if (key == null) {
            key = JettyRequestMessage.queryOf(request).get("code");
        }
        return options.keys().grants(level, key);
    }

    /**
     * Reads and drops a body the answer does not need, up to {@code max} bytes. A client still uploading when the
     * server answers early and closes sees a broken pipe instead of the answer; draining a bounded body first lets
     * it read the 404, 405, 401 or 413 and keep its connection.
     */
    private static void discardBody(Request request, long max) throws IOException {
        long declared = request.getLength();
        boolean chunked = request.getHeaders().contains(HttpHeader.TRANSFER_ENCODING);
        if (declared == 0 || declared > max || (declared < 0 && !chunked)) {
            return;
        }
        var in = Content.Source.asInputStream(request);
        var buffer = new byte[16 * 1024];
        long left = max;
        for (int n = in.read(buffer); n > 0 && left > 0; n = in.read(buffer)) {
            left -= n;
        }
    }

    /** The body, empty when there is none, or null when it is larger than the limit (declared or streamed). */
    private byte[] readBody(Request request) throws IOException {
        long declared = request.getLength();
        long limit = options.maxRequestBytes();
        if (declared > limit) {
            return null;
        }
        if (declared == 0 || (declared < 0 && !request.getHeaders().contains(HttpHeader.TRANSFER_ENCODING))) {
            return new byte[0];
        }
        var bytes = Content.Source.asInputStream(request).readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
        return bytes.length > limit ? null : bytes;
    }

    private String relativePath(String path) {
        if (prefixPath.isEmpty()) {
            return RouteTemplate.trimSlashes(path);
        }
        if (!path.regionMatches(true, 0, prefixPath, 0, prefixPath.length())) {
            return null;
        }
        if (path.length() > prefixPath.length() && path.charAt(prefixPath.length()) != '/') {
            return null;
        }
        return RouteTemplate.trimSlashes(path.substring(prefixPath.length()));
    }
}
