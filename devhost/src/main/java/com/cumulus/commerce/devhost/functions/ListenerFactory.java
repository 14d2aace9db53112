package com.cumulus.commerce.devhost.functions;

import com.cumulus.commerce.devhost.HostConfig;
import com.cumulus.commerce.devhost.triggers.ChangeFeedListener;
import com.cumulus.commerce.devhost.triggers.EventHubListener;
import com.cumulus.commerce.devhost.triggers.NcrontabSchedule;
import com.cumulus.commerce.devhost.triggers.ServiceBusListener;
import com.cumulus.commerce.devhost.triggers.StorageQueueListener;
import com.cumulus.commerce.devhost.triggers.TimerListener;
import com.cumulus.commerce.devhost.triggers.TriggerListener;
import com.cumulus.commerce.devhost.triggers.Wakeup;
import com.cumulus.commerce.platform.Platform;
import com.cumulus.commerce.platform.documents.ChangeFeedBatch;
import com.cumulus.commerce.platform.documents.Document;
import com.cumulus.commerce.platform.http.Json;
import com.cumulus.commerce.platform.local.LocalPlatform;
import com.cumulus.commerce.platform.messaging.ReceivedMessage;
import com.cumulus.commerce.platform.messaging.Topics;
import com.cumulus.commerce.platform.streams.ReceivedEvent;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Builds the trigger listener that feeds a non-HTTP function, with the host.json settings for its kind. */
final class ListenerFactory {

    private static final String TRACEPARENT = "traceparent";
    private static final String TRACESTATE = "tracestate";

    private final Platform platform;
    private final HostConfig host;

    ListenerFactory(Platform platform, HostConfig host) {
        this.platform = platform;
        this.host = host;
    }

    /** The binding's listener, woken by the embedded stores' writes where the platform is the local one. */
    TriggerListener create(Binding binding) {
        var listener = listener(binding);
        wakeup(binding).ifPresent(listener::wakeOn);
        return listener;
    }

    private Optional<Wakeup> wakeup(Binding binding) {
        if (!(platform instanceof LocalPlatform local)) {
            return Optional.empty();
        }
        var props = binding.properties();
        return switch (binding.function().kind()) {
            case SERVICE_BUS_QUEUE, STORAGE_QUEUE -> Optional.of(Wakeup.on(local.queueArrivals(),
                    props.get("queueName")));
            case SERVICE_BUS_TOPIC -> Optional.of(Wakeup.on(local.queueArrivals(),
                    Topics.subscriptionPath(props.get("topicName"), props.get("subscriptionName"))));
            case COSMOS_DB -> Optional.of(Wakeup.on(local.documentArrivals(), props.get("containerName")));
            default -> Optional.empty();
        };
    }

    private TriggerListener listener(Binding binding) {
        var function = binding.function();
        var props = binding.properties();
        var name = function.name();
        return switch (function.kind()) {
            case SERVICE_BUS_QUEUE -> new ServiceBusListener(name, platform.queues(), props.get("queueName"),
                    host.serviceBusMaxConcurrentCalls(), host.serviceBusMaxAutoLockRenewal(),
                    (message, retry) -> invokeMessage(function, message, TriggerMetadata.serviceBus(message), retry));
            case SERVICE_BUS_TOPIC -> {
                var topic = props.get("topicName");
                var subscription = props.get("subscriptionName");
                platform.topics().subscribe(topic, subscription);
                yield new ServiceBusListener(name, platform.queues(), Topics.subscriptionPath(topic, subscription),
                        host.serviceBusMaxConcurrentCalls(), host.serviceBusMaxAutoLockRenewal(),
                        (message, retry) -> invokeMessage(function, message, TriggerMetadata.serviceBus(message),
                                retry));
            }
            case STORAGE_QUEUE -> new StorageQueueListener(name, platform.queues(), props.get("queueName"),
                    host.queuesBatchSize(), host.queuesMaxDequeueCount(), host.queuesVisibilityTimeout(),
                    (message, retry) -> invokeMessage(function, message, TriggerMetadata.storageQueue(message),
                            retry));
            case EVENT_HUB -> new EventHubListener(name, platform.eventStreams(), props.get("eventHubName"),
                    props.get("consumerGroup"), host.eventHubsMaxEventBatchSize(), binding.retry(),
                    (events, retry) -> invokeEvents(function, binding.many(), events, retry));
            case COSMOS_DB -> new ChangeFeedListener(name, platform.documents().container(props.get("containerName")),
                    name, Integer.parseInt(props.get("maxItems")), binding.retry(),
                    (documents, retry) -> function.invoke(InvocationIds.next(), cosmosItems(documents), Map.of(),
                            DevHostTraceContext.from(null, null), retry));
            case TIMER -> new TimerListener(name, NcrontabSchedule.parse(props.get("schedule")), false,
                    platform.clock(), binding.retry(),
                    (fire, retry) -> function.invoke(InvocationIds.next(), fire.toJson(), Map.of(),
                            DevHostTraceContext.from(null, null), retry));
            case HTTP -> throw new IllegalArgumentException("'binding' is an HTTP function; it has no listener");
        };
    }

    private static void invokeMessage(BoundFunction function, ReceivedMessage message, Map<String, Object> metadata,
            int retry) throws Exception {
        var properties = message.properties();
        function.invoke(InvocationIds.next(), message.body(), metadata,
                DevHostTraceContext.from(properties.get(TRACEPARENT), properties.get(TRACESTATE)), retry);
    }

    private static void invokeEvents(BoundFunction function, boolean many, List<ReceivedEvent> events, int retry)
            throws Exception {
        if (events.isEmpty()) {
            return;
        }
        if (many) {
            var bodies = new ArrayList<String>(events.size());
            events.forEach(event -> bodies.add(event.body()));
            var first = events.get(0).properties();
            function.invoke(InvocationIds.next(), bodies, TriggerMetadata.eventHubMany(events),
                    DevHostTraceContext.from(first.get(TRACEPARENT), first.get(TRACESTATE)), retry);
            return;
        }
        for (var event : events) {
            var properties = event.properties();
            function.invoke(InvocationIds.next(), event.body(), TriggerMetadata.eventHubOne(event),
                    DevHostTraceContext.from(properties.get(TRACEPARENT), properties.get(TRACESTATE)), retry);
        }
    }

    /** Each document as the Cosmos DB trigger delivers it: the stored JSON plus its system properties. */
    static List<String> cosmosItems(List<Document> documents) throws JsonProcessingException {
        var items = new ArrayList<String>(documents.size());
        for (var document : documents) {
            items.add(Json.mapper().writeValueAsString(ChangeFeedBatch.item(document)));
        }
        return items;
    }
}
