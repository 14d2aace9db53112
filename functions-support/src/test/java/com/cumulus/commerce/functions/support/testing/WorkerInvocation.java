package com.cumulus.commerce.functions.support.testing;

import com.microsoft.azure.functions.RetryContext;
import com.microsoft.azure.functions.TraceContext;
import com.microsoft.azure.functions.internal.spi.middleware.MiddlewareContext;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * One invocation as the worker's middleware chain sees it: the function's parameters by binding name, the
 * arguments bound to them, and the return value. Parameters are named as the worker names them: by the
 * {@code name} of their binding annotation, or the value of {@code @BindingName}.
 */
final class WorkerInvocation implements MiddlewareContext {

    private final String functionName;
    private final String invocationId = UUID.randomUUID().toString();
    private final Logger logger;
    private final Parameter[] parameters;
    private final String[] names;
    private final Object[] arguments;
    private Object returnValue;

    WorkerInvocation(String functionName, Method method, Map<String, ?> bindings) {
        this.functionName = functionName;
        this.logger = Logger.getLogger("Function." + functionName);
        this.parameters = method.getParameters();
        this.names = new String[parameters.length];
        this.arguments = new Object[parameters.length];
        for (int i = 0; i < parameters.length; i++) {
            if (com.microsoft.azure.functions.ExecutionContext.class.isAssignableFrom(parameters[i].getType())) {
                arguments[i] = this;
                continue;
            }
            names[i] = bindingName(method, parameters[i]);
            if (!bindings.containsKey(names[i])) {
                throw new IllegalArgumentException("function " + functionName + " binds '" + names[i]
                        + "', which the invocation does not supply");
            }
            arguments[i] = bindings.get(names[i]);
        }
    }

    Object[] arguments() {
        return arguments;
    }

    @Override
    public String getParameterName(String annotationSimpleName) {
        for (int i = 0; i < parameters.length; i++) {
            for (Annotation annotation : parameters[i].getAnnotations()) {
                if (annotation.annotationType().getSimpleName().equals(annotationSimpleName)) {
                    return names[i];
                }
            }
        }
        return null;
    }

    @Override
    public Object getParameterValue(String name) {
        int index = Arrays.asList(names).indexOf(name);
        return index < 0 ? null : arguments[index];
    }

    @Override
    public void updateParameterValue(String name, Object value) {
        int index = Arrays.asList(names).indexOf(name);
        if (index < 0) {
            throw new IllegalArgumentException("function " + functionName + " has no parameter '" + name + "'");
        }
        arguments[index] = value;
    }

    @Override
    public Object getReturnValue() {
        return returnValue;
    }

    @Override
    public void updateReturnValue(Object value) {
        returnValue = value;
    }

    @Override
    public Logger getLogger() {
        return logger;
    }

    @Override
    public String getInvocationId() {
        return invocationId;
    }

    @Override
    public String getFunctionName() {
        return functionName;
    }

    @Override
    public TraceContext getTraceContext() {
        return null;
    }

    @Override
    public RetryContext getRetryContext() {
        return null;
    }

    private static String bindingName(Method method, Parameter parameter) {
        for (Annotation annotation : parameter.getAnnotations()) {
            for (String attribute : List.of("name", "value")) {
                try {
                    Object value = annotation.annotationType().getMethod(attribute).invoke(annotation);
                    if (value instanceof String text && !text.isBlank()) {
                        return text;
                    }
                } catch (NoSuchMethodException e) {
                    // this annotation names its binding under the other attribute, or not at all
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("cannot read " + annotation + " of " + method, e);
                }
            }
        }
        throw new IllegalArgumentException(method + " has a parameter without a binding name: " + parameter);
    }
}
