package com.cumulus.commerce.devhost.functions;

import com.microsoft.azure.functions.ExecutionContext;
import com.microsoft.azure.functions.internal.spi.middleware.Middleware;
import com.microsoft.azure.functions.internal.spi.middleware.MiddlewareChain;
import com.microsoft.azure.functions.internal.spi.middleware.MiddlewareContext;
import java.lang.reflect.Method;
import java.util.List;

/**
 * The middleware around one function, in order, with its parameter names worked out at start-up. Functions of
 * an app without middleware get no pipeline at all, so they pay nothing per invocation.
 */
final class MiddlewarePipeline {

    /** The function itself, called with the arguments as the middleware left them. */
    @FunctionalInterface
    interface Target {

        Object call(Object[] arguments) throws Exception;
    }

    private final Middleware[] middleware;
    private final ParameterNames names;

    private MiddlewarePipeline(List<Middleware> middleware, ParameterNames names) {
        this.middleware = middleware.toArray(Middleware[]::new);
        this.names = names;
    }

    /** The pipeline, or null when there is no middleware to run. */
    static MiddlewarePipeline of(List<Middleware> middleware, Method method) {
        return middleware.isEmpty() ? null : new MiddlewarePipeline(middleware, ParameterNames.of(method));
    }

    /**
     * Runs the middleware in order and, when each one passes on, the target.
     *
     * @return the return value as the outermost middleware left it: the function's, a replacement, or the
     *         answer of a middleware that did not call the function
     * @throws Exception whatever a middleware or the function threw
     */
    Object run(ExecutionContext context, Object[] arguments, Target target) throws Exception {
        var invocation = new DevHostMiddlewareContext(context, names, arguments);
        link(0, invocation, target).doNext(invocation);
        return invocation.getReturnValue();
    }

    /**
     * The chain from position {@code index} on. A middleware may hand on a context of its own that wraps the
     * one it got; the next middleware sees that, while the function's arguments and return value stay in
     * devhost's context, which such a wrapper delegates to.
     */
    private MiddlewareChain link(int index, DevHostMiddlewareContext invocation, Target target) {
        if (index == middleware.length) {
            return passed -> invocation.updateReturnValue(target.call(invocation.arguments()));
        }
        return passed -> middleware[index].invoke(passed == null ? invocation : passed,
                link(index + 1, invocation, target));
    }
}
