package com.cumulus.commerce.devhost.workflows;

import com.cumulus.commerce.platform.messaging.Queues;
import com.cumulus.commerce.platform.messaging.ReceivedMessage;
import com.cumulus.commerce.platform.messaging.Topics;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The built-in Service Bus triggers {@code receiveQueueMessages} and {@code receiveTopicMessages}: peek-lock
 * receive as many messages as the workflow has free run slots, store the new run(s), then complete the
 * messages; a message whose run could not be stored is abandoned (and redelivered).
 */
final class ServiceBusTrigger implements WorkflowTrigger {

    private static final Logger LOG = LoggerFactory.getLogger("devhost.workflows");
    private static final Duration IDLE = Duration.ofMillis(100);
    private static final Duration BUSY = Duration.ofMillis(10);
    private static final int MAX_BATCH = 20;
    private static final long MAX_BACKOFF_MILLIS = 30_000;

    private final WorkflowEngine engine;
    private final WorkflowDefinition workflow;
    private final Queues queues;
    private final Topics topics;
    /** How many of a received batch's runs are stored (and their messages settled) side by side. */
    static final int PARALLEL_STARTS = 8;

    private volatile boolean running;
    private final AtomicInteger storeFailures = new AtomicInteger();
    private Thread thread;
    private ExecutorService starts;

    ServiceBusTrigger(WorkflowEngine engine, WorkflowDefinition workflow, Queues queues, Topics topics) {
        this.engine = engine;
        this.workflow = workflow;
        this.queues = queues;
        this.topics = topics;
    }

    @Override
    public void start() {
        var parameters = engine.parts().expressions().evaluate(workflow.trigger().path("inputs").path("parameters"),
                new SettingsScope(engine.parts().appSettings(), engine.parts().parameters()));
        String path;
        if (operation().equals("receiveTopicMessages")) {
            var topic = parameters.path("topicName").asText();
            var subscription = parameters.path("subscriptionName").asText();
            topics.subscribe(topic, subscription);
            path = Topics.subscriptionPath(topic, subscription);
        } else {
            path = parameters.path("queueName").asText();
        }
        running = true;
        var count = new AtomicInteger();
        starts = Executors.newFixedThreadPool(PARALLEL_STARTS, runnable -> {
            var starter = new Thread(runnable, "devhost-workflow-trigger-" + workflow.name() + "-" + count.incrementAndGet());
            starter.setDaemon(true);
            return starter;
        });
        thread = new Thread(() -> poll(path), "devhost-workflow-trigger-" + workflow.name());
        thread.setDaemon(true);
        thread.start();
    }

    private String operation() {
        return workflow.trigger().path("inputs").path("serviceProviderConfiguration").path("operationId").asText();
    }

    private void poll(String path) {
        while (running) {
            try {
                var free = Math.min(MAX_BATCH, engine.freeSlots(workflow.name()));
                if (free == 0) {
                    // every slot busy: runs end within milliseconds under load, so look again soon
                    Thread.sleep(BUSY.toMillis());
                    continue;
                }
                var messages = queues.receive(path, free);
                if (messages.isEmpty()) {
                    Thread.sleep(IDLE.toMillis());
                    continue;
                }
                fire(messages);
                int failures = storeFailures.get();
                if (failures > 0) {
                    // each failed store counts a delivery: back off so a passing fault does not dead-letter the message
                    Thread.sleep(Math.min(MAX_BACKOFF_MILLIS, 1000L << Math.min(15, failures - 1)));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.warn("workflow {} trigger: {}", workflow.name(), e.toString());
                sleepQuietly();
            }
        }
    }

    private void fire(List<ReceivedMessage> messages) {
        var body = JsonNodeFactory.instance.arrayNode();
        messages.forEach(message -> body.add(message(message)));
        var splitOn = workflow.trigger().path("splitOn");
        if (splitOn.isMissingNode()) {
            startOrAbandon(body, messages);
            return;
        }
        var outputs = JsonNodeFactory.instance.objectNode().set("body", body);
        var scope = new SettingsScope(engine.parts().appSettings(), engine.parts().parameters(),
                WorkflowEngine.triggerRecord(workflow.triggerName(), inputs(), outputs, engine.parts().clock().get()));
        var items = engine.parts().expressions().evaluate(splitOn, scope);
        if (messages.size() == 1) {
            startOrAbandon(items.isArray() && items.size() == 1 ? items.get(0) : body.get(0), messages);
            return;
        }
        // one run per message, stored side by side: each start waits on a write, and they do not depend on each other
        var started = new ArrayList<Future<?>>(messages.size());
        for (int i = 0; i < messages.size(); i++) {
            var item = items.isArray() && items.size() == messages.size() ? items.get(i) : body.get(i);
            var message = List.of(messages.get(i));
            started.add(starts.submit(() -> startOrAbandon(item, message)));
        }
        for (var start : started) {
            try {
                start.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (ExecutionException e) {
                LOG.warn("workflow {} trigger: {}", workflow.name(), e.getCause().toString());
            }
        }
    }

    private void startOrAbandon(JsonNode triggerBody, List<ReceivedMessage> messages) {
        var outputs = JsonNodeFactory.instance.objectNode();
        outputs.set("body", triggerBody);
        var trigger = WorkflowEngine.triggerRecord(workflow.triggerName(), inputs(), outputs,
                engine.parts().clock().get());
        try {
            engine.start(workflow, trigger, messages.get(0).properties().get("traceparent"), false);
        } catch (RuntimeException e) {
            LOG.warn("workflow {}: the run could not be stored, the message goes back: {}", workflow.name(),
                    e.toString());
            messages.forEach(this::abandonQuietly);
            storeFailures.incrementAndGet();
            return;
        }
        storeFailures.set(0);
        messages.forEach(message -> {
            try {
                queues.complete(message);
            } catch (RuntimeException e) {
                LOG.warn("workflow {}: completing message {} failed: {}", workflow.name(), message.messageId(),
                        e.toString());
            }
        });
    }

    private JsonNode inputs() {
        return workflow.trigger().path("inputs").path("parameters");
    }

    /** The built-in connector's message shape; contentData is the message body as text. */
    static ObjectNode message(ReceivedMessage message) {
        var node = JsonNodeFactory.instance.objectNode();
        node.put("contentData", message.body());
        node.put("contentType", message.contentType());
        node.put("messageId", message.messageId());
        node.put("correlationId", message.correlationId());
        var properties = node.putObject("userProperties");
        message.properties().forEach(properties::put);
        node.put("sequenceNumber", message.sequenceNumber());
        node.put("deliveryCount", message.deliveryCount());
        node.put("enqueuedTimeUtc", message.enqueuedTime() == null ? null : message.enqueuedTime().toString());
        node.put("lockToken", message.lockToken());
        return node;
    }

    private void abandonQuietly(ReceivedMessage message) {
        try {
            queues.abandon(message);
        } catch (RuntimeException e) {
            LOG.warn("workflow {}: abandoning message {} failed: {}", workflow.name(), message.messageId(),
                    e.toString());
        }
    }

    private static void sleepQuietly() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void stop() {
        running = false;
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (starts != null) {
            starts.shutdownNow();
        }
    }

}
