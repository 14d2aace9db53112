package com.cumulus.commerce.devhost.probe;

import com.microsoft.azure.functions.HttpMethod;
import com.microsoft.azure.functions.HttpRequestMessage;
import com.microsoft.azure.functions.HttpResponseMessage;
import com.microsoft.azure.functions.HttpStatus;
import com.microsoft.azure.functions.OutputBinding;
import com.microsoft.azure.functions.annotation.AuthorizationLevel;
import com.microsoft.azure.functions.annotation.BindingName;
import com.microsoft.azure.functions.annotation.CosmosDBOutput;
import com.microsoft.azure.functions.annotation.CosmosDBTrigger;
import com.microsoft.azure.functions.annotation.FunctionName;
import com.microsoft.azure.functions.annotation.HttpTrigger;
import com.microsoft.azure.functions.annotation.ServiceBusQueueOutput;
import com.microsoft.azure.functions.annotation.ServiceBusQueueTrigger;
import com.fasterxml.jackson.databind.JsonNode;
import com.cumulus.commerce.platform.http.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A tiny app for crash tests: HTTP calls enqueue messages and write documents; a queue trigger and a
 * change-feed trigger record what they processed into {@code probe-processed}, slowly enough that work is
 * in flight when the host is killed.
 */
public class ProbeFunctions {

    static final long WORK_MILLIS = 15;

    @FunctionName("probeEnqueue")
    public HttpResponseMessage enqueue(
            @HttpTrigger(name = "req", methods = {HttpMethod.POST}, route = "probe/messages/{id}",
                    authLevel = AuthorizationLevel.ANONYMOUS) HttpRequestMessage<Optional<String>> request,
            @BindingName("id") String id,
            @ServiceBusQueueOutput(name = "work", queueName = "probe-work", connection = "ServiceBusConnection")
                    OutputBinding<String> work) {
        work.setValue("{\"id\":\"" + id + "\"}");
        return request.createResponseBuilder(HttpStatus.ACCEPTED).build();
    }

    @FunctionName("probeWrite")
    public HttpResponseMessage write(
            @HttpTrigger(name = "req", methods = {HttpMethod.PUT}, route = "probe/documents/{id}",
                    authLevel = AuthorizationLevel.ANONYMOUS) HttpRequestMessage<Optional<String>> request,
            @BindingName("id") String id,
            @CosmosDBOutput(name = "doc", databaseName = "probe", containerName = "probe-docs",
                    connection = "CosmosDBConnection", partitionKey = "/id") OutputBinding<String> doc) {
        doc.setValue("{\"id\":\"" + id + "\"}");
        return request.createResponseBuilder(HttpStatus.CREATED).build();
    }

    @FunctionName("probeWork")
    @CosmosDBOutput(name = "$return", databaseName = "probe", containerName = "probe-processed",
            connection = "CosmosDBConnection", partitionKey = "/id")
    public String work(
            @ServiceBusQueueTrigger(name = "message", queueName = "probe-work", connection = "ServiceBusConnection")
                    String message) throws Exception {
        Thread.sleep(WORK_MILLIS);
        String id = Json.mapper().readTree(message).get("id").asText();
        return "{\"id\":\"message-" + id + "\"}";
    }

    @FunctionName("probeFeed")
    public void feed(
            @CosmosDBTrigger(name = "documents", databaseName = "probe", containerName = "probe-docs",
                    connection = "CosmosDBConnection", leaseContainerName = "leases",
                    createLeaseContainerIfNotExists = true) String documents,
            @CosmosDBOutput(name = "processed", databaseName = "probe", containerName = "probe-processed",
                    connection = "CosmosDBConnection", partitionKey = "/id") OutputBinding<List<String>> processed)
            throws Exception {
        Thread.sleep(WORK_MILLIS);
        List<String> out = new ArrayList<>();
        for (JsonNode doc : Json.mapper().readTree(documents)) {
            out.add("{\"id\":\"document-" + doc.get("id").asText() + "\"}");
        }
        processed.setValue(out);
    }
}
