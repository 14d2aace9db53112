package com.cumulus.commerce.devhost.workflows;

import com.microsoft.azure.functions.HttpMethod;
import com.microsoft.azure.functions.HttpRequestMessage;
import com.microsoft.azure.functions.HttpResponseMessage;
import com.microsoft.azure.functions.HttpStatus;
import com.microsoft.azure.functions.OutputBinding;
import com.microsoft.azure.functions.annotation.AuthorizationLevel;
import com.microsoft.azure.functions.annotation.BindingName;
import com.microsoft.azure.functions.annotation.CosmosDBOutput;
import com.microsoft.azure.functions.annotation.FunctionName;
import com.microsoft.azure.functions.annotation.HttpTrigger;
import java.util.Optional;
import java.util.UUID;

/** The functions the fixture workflows call: an order endpoint that reports whether a bearer token came, and steps that record each call. */
public class WorkflowTestFunctions {

    @FunctionName("wfTestOrder")
    public HttpResponseMessage order(
            @HttpTrigger(name = "req", methods = {HttpMethod.POST}, route = "wf-test/orders/{id}",
                    authLevel = AuthorizationLevel.ANONYMOUS) HttpRequestMessage<Optional<String>> request,
            @BindingName("id") String id) {
        var authorization = request.getHeaders().getOrDefault("authorization",
                request.getHeaders().getOrDefault("Authorization", ""));
        return request.createResponseBuilder(HttpStatus.OK).header("Content-Type", "application/json")
                .body("{\"id\": \"" + id + "\", \"authorized\": " + authorization.startsWith("Bearer ey") + "}")
                .build();
    }

    @FunctionName("wfTestStep")
    public HttpResponseMessage step(
            @HttpTrigger(name = "req", methods = {HttpMethod.POST}, route = "wf-test/steps/{step}",
                    authLevel = AuthorizationLevel.ANONYMOUS) HttpRequestMessage<Optional<String>> request,
            @BindingName("step") String step,
            @CosmosDBOutput(name = "call", databaseName = "wf", containerName = "wf-steps",
                    connection = "CosmosDBConnection", partitionKey = "/id") OutputBinding<String> call) {
        call.setValue("{\"id\": \"" + step + "-" + UUID.randomUUID() + "\"}");
        return request.createResponseBuilder(HttpStatus.OK).build();
    }
}
