package com.cumulus.commerce.devhost.functions;

import java.util.function.BiConsumer;

/** An output to a queue, topic or event hub: one send per body. */
final class MessageOutput implements OutputTarget {

    private final BiConsumer<String, String> send;

    /** {@code send} takes a body and the invocation's traceparent. */
    MessageOutput(BiConsumer<String, String> send) {
        this.send = send;
    }

    @Override
    public void write(Object value, String traceparent) {
        for (var body : OutputValues.bodies(value)) {
            send.accept(body, traceparent);
        }
    }
}
