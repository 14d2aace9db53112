package com.cumulus.commerce.devhost.functions;

import com.cumulus.commerce.platform.Platform;
import com.cumulus.commerce.platform.messaging.OutgoingMessage;
import com.cumulus.commerce.platform.streams.EventData;
import com.microsoft.azure.functions.annotation.CosmosDBOutput;
import com.microsoft.azure.functions.annotation.EventHubOutput;
import com.microsoft.azure.functions.annotation.QueueOutput;
import com.microsoft.azure.functions.annotation.ServiceBusQueueOutput;
import com.microsoft.azure.functions.annotation.ServiceBusTopicOutput;
import java.lang.annotation.Annotation;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/** Builds the output target for an output annotation; platform services are looked up when first written. */
final class OutputBindings {

    static final Set<Class<? extends Annotation>> TYPES = Set.of(ServiceBusQueueOutput.class,
            ServiceBusTopicOutput.class, EventHubOutput.class, CosmosDBOutput.class, QueueOutput.class);

    private OutputBindings() {
    }

    static String name(Annotation output) {
        if (output instanceof ServiceBusQueueOutput a) {
            return a.name();
        }
        if (output instanceof ServiceBusTopicOutput a) {
            return a.name();
        }
        if (output instanceof EventHubOutput a) {
            return a.name();
        }
        if (output instanceof CosmosDBOutput a) {
            return a.name();
        }
        return ((QueueOutput) output).name();
    }

    /**
     * The target, with binding properties passed through {@code resolve} (which throws
     * IllegalArgumentException for an unresolvable or blank property, naming it).
     */
    static OutputTarget target(Annotation output, Platform platform, PropertyResolver resolve) {
        if (output instanceof ServiceBusQueueOutput a) {
            var queue = resolve.required("queueName", a.queueName());
            return new MessageOutput((body, trace) -> platform.queues().send(queue, traced(body, trace)));
        }
        if (output instanceof ServiceBusTopicOutput a) {
            var topic = resolve.required("topicName", a.topicName());
            return new MessageOutput((body, trace) -> platform.topics().publish(topic, traced(body, trace)));
        }
        if (output instanceof EventHubOutput a) {
            var hub = resolve.required("eventHubName", a.eventHubName());
            return new MessageOutput((body, trace) -> platform.eventStreams()
                    .append(hub, new EventData(null, body, Map.of(TRACEPARENT, trace))));
        }
        if (output instanceof CosmosDBOutput a) {
            var container = resolve.required("containerName", a.containerName());
            var key = resolve.optional(a.partitionKey());
            var path = key == null || key.isBlank() ? "/id" : key.trim();
            if (!path.startsWith("/") || path.length() < 2) {
                throw new IllegalArgumentException("partitionKey '" + path + "' must be a path such as /sku");
            }
            return new CosmosOutput(platform::documents, container, path);
        }
        var queue = resolve.required("queueName", ((QueueOutput) output).queueName());
        return new MessageOutput((body, trace) -> platform.queues().send(queue, OutgoingMessage.of(body)));
    }

    private static final String TRACEPARENT = "traceparent";

    private static OutgoingMessage traced(String body, String traceparent) {
        return OutgoingMessage.of(body).withProperties(Map.of(TRACEPARENT, traceparent));
    }

    /** Resolves {@code %Setting%} in one binding property. */
    interface PropertyResolver {

        String optional(String value);

        default String required(String property, String value) {
            var resolved = optional(value);
            if (resolved == null || resolved.isBlank()) {
                throw new IllegalArgumentException("property '" + property + "' must not be blank");
            }
            return resolved;
        }

        static PropertyResolver of(UnaryOperator<String> resolve) {
            return resolve::apply;
        }
    }
}
