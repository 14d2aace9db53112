package com.cumulus.commerce.devhost.relay;

import com.microsoft.azure.functions.HttpMethod;
import com.microsoft.azure.functions.HttpRequestMessage;
import com.microsoft.azure.functions.HttpResponseMessage;
import com.microsoft.azure.functions.HttpStatus;
import com.microsoft.azure.functions.OutputBinding;
import com.microsoft.azure.functions.annotation.AuthorizationLevel;
import com.microsoft.azure.functions.annotation.BindingName;
import com.microsoft.azure.functions.annotation.Cardinality;
import com.microsoft.azure.functions.annotation.CosmosDBOutput;
import com.microsoft.azure.functions.annotation.EventHubOutput;
import com.microsoft.azure.functions.annotation.EventHubTrigger;
import com.microsoft.azure.functions.annotation.FunctionName;
import com.microsoft.azure.functions.annotation.HttpTrigger;
import com.microsoft.azure.functions.annotation.QueueOutput;
import com.microsoft.azure.functions.annotation.QueueTrigger;
import com.microsoft.azure.functions.annotation.ServiceBusTopicOutput;
import com.microsoft.azure.functions.annotation.ServiceBusTopicTrigger;
import com.microsoft.azure.functions.annotation.TimerTrigger;
import java.util.List;
import java.util.Optional;

/**
 * One HTTP call fans an id out through a storage queue, an event hub and a Service Bus topic; each trigger
 * records what it saw in {@code relay-seen}, so a test can check every binding end to end on platform-local.
 */
public class RelayFunctions {

    @FunctionName("relayFanOut")
    public HttpResponseMessage fanOut(
            @HttpTrigger(name = "req", methods = {HttpMethod.POST}, route = "relay/{id:alpha}",
                    authLevel = AuthorizationLevel.ANONYMOUS) HttpRequestMessage<Optional<String>> request,
            @BindingName("id") String id,
            @QueueOutput(name = "queue", queueName = "%RELAY_QUEUE%", connection = "AzureWebJobsStorage")
                    OutputBinding<String> queue,
            @EventHubOutput(name = "hub", eventHubName = "relay-events", connection = "EventHubConnection")
                    OutputBinding<String> hub,
            @ServiceBusTopicOutput(name = "topic", topicName = "relay-topic", subscriptionName = "audit",
                    connection = "ServiceBusConnection") OutputBinding<String> topic) {
        queue.setValue(id);
        hub.setValue(id);
        topic.setValue(id);
        return request.createResponseBuilder(HttpStatus.ACCEPTED).build();
    }

    @FunctionName("relayFromQueue")
    @CosmosDBOutput(name = "$return", databaseName = "relay", containerName = "relay-seen",
            connection = "CosmosDBConnection", partitionKey = "/id")
    public String fromQueue(@QueueTrigger(name = "item", queueName = "%RELAY_QUEUE%",
            connection = "AzureWebJobsStorage") String id, @BindingName("DequeueCount") int dequeueCount) {
        return seen("queue-" + id + "-" + dequeueCount);
    }

    @FunctionName("relayFromHubBatch")
    public void fromHubBatch(
            @EventHubTrigger(name = "events", eventHubName = "relay-events", connection = "EventHubConnection",
                    cardinality = Cardinality.MANY) List<String> ids,
            @CosmosDBOutput(name = "seen", databaseName = "relay", containerName = "relay-seen",
                    connection = "CosmosDBConnection", partitionKey = "/id") OutputBinding<List<String>> seen) {
        seen.setValue(ids.stream().map(id -> seen("hub-many-" + id)).toList());
    }

    @FunctionName("relayFromHubSingle")
    @CosmosDBOutput(name = "$return", databaseName = "relay", containerName = "relay-seen",
            connection = "CosmosDBConnection", partitionKey = "/id")
    public String fromHubSingle(@EventHubTrigger(name = "event", eventHubName = "relay-events",
            connection = "EventHubConnection", consumerGroup = "single", cardinality = Cardinality.ONE) String id) {
        return seen("hub-one-" + id);
    }

    @FunctionName("relayFromTopic")
    @CosmosDBOutput(name = "$return", databaseName = "relay", containerName = "relay-seen",
            connection = "CosmosDBConnection", partitionKey = "/id")
    public String fromTopic(@ServiceBusTopicTrigger(name = "message", topicName = "relay-topic",
            subscriptionName = "audit", connection = "ServiceBusConnection") String id,
            @BindingName("DeliveryCount") int deliveryCount) {
        return seen("topic-" + id + "-" + deliveryCount);
    }

    @FunctionName("relayTick")
    @CosmosDBOutput(name = "$return", databaseName = "relay", containerName = "relay-seen",
            connection = "CosmosDBConnection", partitionKey = "/id")
    public String tick(@TimerTrigger(name = "timer", schedule = "*/1 * * * * *") String timerInfo) {
        return seen(timerInfo.contains("\"IsPastDue\"") ? "timer" : "timer-without-info");
    }

    private static String seen(String id) {
        return "{\"id\":\"" + id + "\"}";
    }
}
