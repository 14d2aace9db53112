package com.cumulus.commerce.devhost.functions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.microsoft.azure.functions.OutputBinding;
import com.microsoft.azure.functions.annotation.ServiceBusQueueOutput;
import com.microsoft.azure.functions.annotation.ServiceBusQueueTrigger;
import com.microsoft.azure.functions.internal.spi.middleware.Middleware;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Middleware sits inside the invocation: outputs still flush only on success, and see the final return value. */
class BoundFunctionMiddlewareTest {

    private final List<Object> sent = new ArrayList<>();
    private final List<Object> returned = new ArrayList<>();

    @Test
    void replacedReturnValueGoesToTheReturnOutputAfterTheParameterOutputs() throws Exception {
        var function = bound((ctx, chain) -> {
            chain.doNext(ctx);
            ctx.updateReturnValue("changed " + ctx.getReturnValue());
        });

        function.invoke("inv-1", "m1", Map.of(), DevHostTraceContext.from(null, null), 0);

        assertThat(sent).containsExactly("out m1");
        assertThat(returned).containsExactly("changed ret m1");
    }

    @Test
    void middlewareFailingAfterTheFunctionFailsTheInvocationAndFlushesNoOutput() throws Exception {
        var function = bound((ctx, chain) -> {
            chain.doNext(ctx);
            throw new IllegalStateException("rejected late");
        });

        assertThatThrownBy(() -> function.invoke("inv-2", "m2", Map.of(), DevHostTraceContext.from(null, null), 0))
                .hasMessage("rejected late");
        assertThat(sent).isEmpty();
        assertThat(returned).isEmpty();
    }

    @Test
    void shortCircuitedInvocationWritesOnlyTheMiddlewareAnswer() throws Exception {
        var function = bound((ctx, chain) -> ctx.updateReturnValue("answered by middleware"));

        function.invoke("inv-3", "m3", Map.of(), DevHostTraceContext.from(null, null), 0);

        assertThat(sent).isEmpty();
        assertThat(returned).containsExactly("answered by middleware");
    }

    private BoundFunction bound(Middleware middleware) throws Exception {
        var method = BoundFunctionMiddlewareTest.class.getDeclaredMethod("handle", String.class, OutputBinding.class);
        ArgumentSource[] sources = {InvocationFrame::payload, frame -> frame.outputs()[0]};
        OutputTarget[] outputs = {(value, trace) -> {
            if (value != null) {
                sent.add(value);
            }
        }};
        OutputTarget returnOutput = (value, trace) -> returned.add(value);
        return new BoundFunction("handle", TriggerKind.SERVICE_BUS_QUEUE, null, method, null, sources, outputs,
                returnOutput, 0, false, MiddlewarePipeline.of(List.of(middleware), method));
    }

    @SuppressWarnings("unused")
    private static String handle(@ServiceBusQueueTrigger(name = "message", queueName = "q", connection = "SB")
            String message, @ServiceBusQueueOutput(name = "out", queueName = "o", connection = "SB")
            OutputBinding<String> out) {
        out.setValue("out " + message);
        return "ret " + message;
    }
}
