package com.cumulus.commerce.devhost.http;

import com.cumulus.commerce.platform.http.Problem;
import java.util.Map;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's own error answers (a request it cannot parse, a handler failure it caught) as problem+json with the
 * custom headers, instead of its HTML page: Jetty clears the headers before these answers, and its page can
 * quote the request and show stack traces.
 */
final class ProblemErrorHandler implements Request.Handler {

    private final Map<String, String> customHeaders;

    ProblemErrorHandler(Map<String, String> customHeaders) {
        this.customHeaders = customHeaders;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        var status = request.getAttribute(ErrorHandler.ERROR_STATUS) instanceof Integer code ? code : 500;
        EdgeHandler.putAll(response.getHeaders(), customHeaders);
        // The detail is fixed: Jetty's message may echo the request, and the cause belongs in the log only.
        var detail = status >= 500 ? "the host could not answer this request" : "the request could not be read";
        ResponseWriter.problem(response, callback, Problem.of("host-error", HttpStatus.getMessage(status), status,
                detail));
        return true;
    }
}
