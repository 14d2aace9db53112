package com.cumulus.commerce.devhost.functions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.microsoft.azure.functions.ExecutionContext;
import com.microsoft.azure.functions.annotation.BindingName;
import com.microsoft.azure.functions.annotation.HttpTrigger;
import com.microsoft.azure.functions.internal.spi.middleware.Middleware;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

class MiddlewarePipelineTest {

    private final List<String> events = new ArrayList<>();
    private final ExecutionContext context = new DevHostExecutionContext("inv-1", "getThing",
            Logger.getLogger("test"), DevHostTraceContext.from(null, null), 0, 0);
    private final MiddlewarePipeline.Target function = args -> {
        events.add("function " + args[1]);
        return "result of " + args[1];
    };

    @Test
    void noMiddlewareMeansNoPipeline() throws Exception {
        assertThat(MiddlewarePipeline.of(List.of(), sample())).isNull();
    }

    @Test
    void middlewareRunsInOrderAroundTheFunction() throws Exception {
        var pipeline = pipeline(recording("a"), recording("b"));

        var result = pipeline.run(context, arguments("sku-1"), function);

        assertThat(result).isEqualTo("result of sku-1");
        assertThat(events).containsExactly("a before", "b before", "function sku-1", "b after", "a after");
    }

    @Test
    void middlewareThatDoesNotPassOnAnswersInsteadOfTheFunction() throws Exception {
        var pipeline = pipeline((ctx, chain) -> ctx.updateReturnValue("denied"), recording("never"));

        var result = pipeline.run(context, arguments("sku-1"), function);

        assertThat(result).isEqualTo("denied");
        assertThat(events).isEmpty();
    }

    @Test
    void functionRunsWithTheArgumentTheMiddlewareUpdated() throws Exception {
        var pipeline = pipeline((ctx, chain) -> {
            ctx.updateParameterValue(ctx.getParameterName("BindingName"), "sku-2");
            chain.doNext(ctx);
        });

        var result = pipeline.run(context, arguments("sku-1"), function);

        assertThat(result).isEqualTo("result of sku-2");
        assertThat(events).containsExactly("function sku-2");
    }

    @Test
    void returnValueReplacedAfterTheFunctionIsTheOneAnswered() throws Exception {
        var seen = new AtomicReference<Object>();
        var pipeline = pipeline((ctx, chain) -> {
            chain.doNext(ctx);
            seen.set(ctx.getReturnValue());
            ctx.updateReturnValue("wrapped " + ctx.getReturnValue());
        });

        var result = pipeline.run(context, arguments("sku-1"), function);

        assertThat(seen).hasValue("result of sku-1");
        assertThat(result).isEqualTo("wrapped result of sku-1");
    }

    @Test
    void exceptionFromMiddlewareFailsTheInvocationBeforeTheFunctionRuns() {
        var pipeline = pipeline((ctx, chain) -> {
            throw new IllegalStateException("refused");
        });

        assertThatThrownBy(() -> pipeline.run(context, arguments("sku-1"), function))
                .isInstanceOf(IllegalStateException.class).hasMessage("refused");
        assertThat(events).isEmpty();
    }

    @Test
    void exceptionFromTheFunctionReachesTheMiddlewareAroundIt() throws Exception {
        var caught = new AtomicReference<Exception>();
        var pipeline = pipeline((ctx, chain) -> {
            try {
                chain.doNext(ctx);
            } catch (Exception e) {
                caught.set(e);
                throw e;
            }
        });

        assertThatThrownBy(() -> pipeline.run(context, arguments("sku-1"), args -> {
            throw new IllegalArgumentException("bad sku");
        })).hasMessage("bad sku");
        assertThat(caught.get()).hasMessage("bad sku");
    }

    @Test
    void parametersAreNamedByTheirBindingsAndValuesAreTheBoundArguments() throws Exception {
        var seen = new ArrayList<Object>();
        var pipeline = pipeline((ctx, chain) -> {
            seen.add(ctx.getParameterName("HttpTrigger"));
            seen.add(ctx.getParameterName("BindingName"));
            seen.add(ctx.getParameterName("QueueTrigger"));
            seen.add(ctx.getParameterValue("req"));
            seen.add(ctx.getParameterValue("sku"));
            seen.add(ctx.getParameterValue("nothing"));
            seen.add(ctx.getFunctionName());
            seen.add(ctx.getInvocationId());
        });

        pipeline.run(context, arguments("sku-1"), function);

        assertThat(seen).containsExactly("req", "sku", null, "the request", "sku-1", null, "getThing", "inv-1");
    }

    @Test
    void updatingAParameterTheFunctionDoesNotHaveFailsTheInvocation() {
        var pipeline = pipeline((ctx, chain) -> ctx.updateParameterValue("body", "x"));

        assertThatThrownBy(() -> pipeline.run(context, arguments("sku-1"), function))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'body'");
    }

    private MiddlewarePipeline pipeline(Middleware... middleware) {
        return MiddlewarePipeline.of(List.of(middleware), sample());
    }

    private Middleware recording(String name) {
        return (ctx, chain) -> {
            events.add(name + " before");
            chain.doNext(ctx);
            events.add(name + " after");
        };
    }

    private Object[] arguments(String sku) {
        return new Object[] {"the request", sku, context};
    }

    private static Method sample() {
        try {
            return MiddlewarePipelineTest.class.getDeclaredMethod("sampleFunction", String.class, String.class,
                    ExecutionContext.class);
        } catch (NoSuchMethodException e) {
            throw new AssertionError(e);
        }
    }

    /** The shape the pipeline names parameters from: a trigger, a route value and the context. */
    @SuppressWarnings("unused")
    private static String sampleFunction(@HttpTrigger(name = "req") String request, @BindingName("sku") String sku,
            ExecutionContext context) {
        return sku;
    }
}
