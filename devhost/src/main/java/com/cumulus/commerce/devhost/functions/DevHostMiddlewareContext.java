package com.cumulus.commerce.devhost.functions;

import com.microsoft.azure.functions.ExecutionContext;
import com.microsoft.azure.functions.RetryContext;
import com.microsoft.azure.functions.TraceContext;
import com.microsoft.azure.functions.internal.spi.middleware.MiddlewareContext;
import java.util.logging.Logger;

/**
 * What the middleware of one invocation see and change: devhost's execution context, the bound arguments by
 * parameter name, and the return value. The function is called with these arguments once the chain reaches
 * it, and its return value is stored here for the middleware further out to read or replace.
 */
final class DevHostMiddlewareContext implements MiddlewareContext {

    private final ExecutionContext context;
    private final ParameterNames names;
    private final Object[] arguments;
    private Object returnValue;

    DevHostMiddlewareContext(ExecutionContext context, ParameterNames names, Object[] arguments) {
        this.context = context;
        this.names = names;
        this.arguments = arguments;
    }

    /** The arguments as they stand, updates included; the array the function is called with. */
    Object[] arguments() {
        return arguments;
    }

    @Override
    public String getParameterName(String annotationSimpleName) {
        return names.nameFor(annotationSimpleName);
    }

    /** The argument bound to the named parameter; null when the function has no such parameter. */
    @Override
    public Object getParameterValue(String name) {
        int index = names.indexOf(name);
        return index < 0 ? null : arguments[index];
    }

    /** @throws IllegalArgumentException when the function has no such parameter: the value would be lost */
    @Override
    public void updateParameterValue(String name, Object value) {
        int index = names.indexOf(name);
        if (index < 0) {
            throw new IllegalArgumentException("function '" + context.getFunctionName()
                    + "' has no parameter named '" + name + "'");
        }
        arguments[index] = value;
    }

    @Override
    public Object getReturnValue() {
        return returnValue;
    }

    @Override
    public void updateReturnValue(Object value) {
        this.returnValue = value;
    }

    @Override
    public Logger getLogger() {
        return context.getLogger();
    }

    @Override
    public String getInvocationId() {
        return context.getInvocationId();
    }

    @Override
    public String getFunctionName() {
        return context.getFunctionName();
    }

    @Override
    public TraceContext getTraceContext() {
        return context.getTraceContext();
    }

    @Override
    public RetryContext getRetryContext() {
        return context.getRetryContext();
    }
}
