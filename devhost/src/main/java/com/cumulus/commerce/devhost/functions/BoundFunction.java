package com.cumulus.commerce.devhost.functions;

import com.microsoft.azure.functions.TraceContext;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.logging.Logger;
import org.slf4j.LoggerFactory;

/**
 * A function ready to call: its method handle, one argument source per parameter and its outputs, all worked
 * out at start-up so an invocation does no reflection. The app's middleware, if any, runs around the call and
 * may change the arguments and the return value; an exception from a middleware fails the invocation as one
 * from the function does. Outputs are written only when the invocation succeeds; the invocation line and, on
 * failure, the stack trace are logged here and nowhere else.
 */
final class BoundFunction {

    private static final org.slf4j.Logger INVOCATIONS = LoggerFactory.getLogger("devhost.invocations");

    private final String name;
    private final TriggerKind kind;
    private final Annotation trigger;
    private final MethodHandle handle;
    private final ArgumentSource[] arguments;
    private final OutputTarget[] outputs;
    private final OutputTarget returnOutput;
    private final int maxRetryCount;
    private final boolean logInvocations;
    private final Logger functionLogger;
    /** Null when the function's app has no middleware: the common case costs one null check. */
    private final MiddlewarePipeline middleware;
    private final MiddlewarePipeline.Target target = this::call;

    BoundFunction(String name, TriggerKind kind, Annotation trigger, Method method, Object instance,
            ArgumentSource[] arguments, OutputTarget[] outputs, OutputTarget returnOutput, int maxRetryCount,
            boolean logInvocations, MiddlewarePipeline middleware) throws IllegalAccessException {
        this.name = name;
        this.kind = kind;
        this.trigger = trigger;
        this.arguments = arguments;
        this.outputs = outputs;
        this.returnOutput = returnOutput;
        this.maxRetryCount = maxRetryCount;
        this.logInvocations = logInvocations;
        this.functionLogger = Logger.getLogger("Function." + name);
        this.middleware = middleware;
        method.setAccessible(true);
        var unreflected = MethodHandles.lookup().unreflect(method);
        if (instance != null) {
            unreflected = unreflected.bindTo(instance);
        }
        this.handle = unreflected.asSpreader(Object[].class, arguments.length)
                .asType(MethodType.methodType(Object.class, Object[].class));
    }

    String name() {
        return name;
    }

    TriggerKind kind() {
        return kind;
    }

    @SuppressWarnings("unchecked")
    <A extends Annotation> A trigger() {
        return (A) trigger;
    }

    /**
     * Calls the function and writes its outputs.
     *
     * @return what the function returned, or null when the return value went to an output binding
     */
    Object invoke(String invocationId, Object payload, Map<String, ?> metadata, TraceContext trace, int retryCount)
            throws Exception {
        long started = System.nanoTime();
        var context = new DevHostExecutionContext(invocationId, name, functionLogger, trace, retryCount, maxRetryCount);
        var holders = new OutputHolder<?>[outputs.length];
        for (int i = 0; i < holders.length; i++) {
            holders[i] = new OutputHolder<>();
        }
        var frame = new InvocationFrame(payload, metadata, context, holders);
        try {
            var args = new Object[arguments.length];
            for (int i = 0; i < args.length; i++) {
                args[i] = arguments[i].resolve(frame);
            }
            var result = middleware == null ? call(args) : middleware.run(context, args, target);
            for (int i = 0; i < outputs.length; i++) {
                outputs[i].write(holders[i].getValue(), trace.getTraceparent());
            }
            if (returnOutput != null) {
                returnOutput.write(result, trace.getTraceparent());
                result = null;
            }
            logOutcome(invocationId, started, "Succeeded");
            return result;
        } catch (Exception | Error e) {
            logOutcome(invocationId, started, "Failed");
            INVOCATIONS.error("function={} invocationId={} failed", name, invocationId, e);
            throw e;
        }
    }

    private Object call(Object[] args) throws Exception {
        try {
            return (Object) handle.invokeExact(args);
        } catch (Exception | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    private void logOutcome(String invocationId, long started, String outcome) {
        if (logInvocations && INVOCATIONS.isInfoEnabled()) {
            INVOCATIONS.info("function={} invocationId={} trigger={} durationMs={} outcome={}", name, invocationId,
                    kind.bindingType(), (System.nanoTime() - started) / 1_000_000, outcome);
        }
    }
}
