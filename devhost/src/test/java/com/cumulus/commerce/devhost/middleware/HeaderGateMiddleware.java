package com.cumulus.commerce.devhost.middleware;

import com.microsoft.azure.functions.HttpRequestMessage;
import com.microsoft.azure.functions.HttpStatus;
import com.microsoft.azure.functions.internal.spi.middleware.Middleware;
import com.microsoft.azure.functions.internal.spi.middleware.MiddlewareChain;
import com.microsoft.azure.functions.internal.spi.middleware.MiddlewareContext;

/**
 * A test middleware shaped like an access check: it answers 401 to requests without {@code x-test-allow} and
 * throws for {@code x-test-fail}. Registered for all of devhost's test classes (one code source), so it acts
 * only on functions named {@code middleware...} and lets every other test's functions through untouched.
 */
public class HeaderGateMiddleware implements Middleware {

    @Override
    public void invoke(MiddlewareContext context, MiddlewareChain chain) throws Exception {
        var requestName = context.getParameterName("HttpTrigger");
        if (!context.getFunctionName().startsWith("middleware") || requestName == null) {
            chain.doNext(context);
            return;
        }
        var request = (HttpRequestMessage<?>) context.getParameterValue(requestName);
        if (request.getHeaders().containsKey("x-test-fail")) {
            throw new IllegalStateException("gate failed: internal detail");
        }
        if (!request.getHeaders().containsKey("x-test-allow")) {
            context.updateReturnValue(request.createResponseBuilder(HttpStatus.UNAUTHORIZED)
                    .header("WWW-Authenticate", "Bearer").build());
            return;
        }
        chain.doNext(context);
    }
}
