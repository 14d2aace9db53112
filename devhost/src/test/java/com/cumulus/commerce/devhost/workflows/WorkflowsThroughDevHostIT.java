package com.cumulus.commerce.devhost.workflows;

import static org.assertj.core.api.Assertions.assertThat;

import com.cumulus.commerce.devhost.DevHost;
import com.cumulus.commerce.platform.Platforms;
import com.cumulus.commerce.platform.config.AppSettings;
import com.cumulus.commerce.platform.http.Json;
import com.cumulus.commerce.platform.messaging.OutgoingMessage;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Service Bus message starts a workflow that calls an HTTP function with a managed identity token and
 * forwards the answer to a queue; the run shows on the operator routes, which refuse callers without a token. A
 * Request trigger checks its signature and refuses a body nested past the JSON parser's limit as malformed.
 */
class WorkflowsThroughDevHostIT {

    @TempDir
    Path workingDir;

    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void aTopicMessageRunsTheWorkflowThroughAFunctionAndTheRunShowsOnTheOpsRoutes() throws Exception {
        Files.copy(Path.of("").toAbsolutePath().getParent().resolve("host.json"), workingDir.resolve("host.json"));
        Files.writeString(workingDir.resolve("local.settings.json"), """
                {"IsEncrypted": false, "Values": {
                  "AzureWebJobsStorage": "UseDevelopmentStorage=true",
                  "CosmosDBConnection": "AccountEndpoint=https://localhost:8081/",
                  "ServiceBusConnection": "Endpoint=sb://localhost/",
                  "ORDERS_API_BASE_URL": ""}}
                """);
        var dataDir = workingDir.resolve("data");
        var overrides = Map.of("DEVHOST_PORT", "0", "DEVHOST_OIDC_PORT", "0", "COMMERCE_DATA_DIR", dataDir.toString(),
                "DEVHOST_WORKFLOWS_DIR", EngineFixture.project("devhost").toString(),
                "DEVHOST_SCAN_PACKAGES", "com.cumulus.commerce.devhost.workflows");
        try (var platform = Platforms.open(AppSettings.of(Map.of("COMMERCE_DATA_DIR", dataDir.toString())));
             var host = DevHost.start(workingDir, overrides, platform)) {
            var operator = host.issuer().orElseThrow().userToken("oscar", false);
            platform.topics().publish("wf-orders", OutgoingMessage.of("{\"id\": \"ord_42\", \"total\": 1299}"));

            var runs = awaitRuns(host, operator, "order-relay", "Succeeded");
            var runId = runs.path("items").get(0).path("id").asText();
            var run = get(host, "/ops/workflows/order-relay/runs/" + runId, operator);
            assertThat(run.statusCode()).isEqualTo(200);
            var detail = Json.mapper().readTree(run.body());
            var call = action(detail, "Call_orders");
            assertThat(call.path("status").asText()).isEqualTo("Succeeded");
            assertThat(call.path("outputs").path("body").path("id").asText()).isEqualTo("ord_42");
            assertThat(call.path("outputs").path("body").path("authorized").asBoolean()).isTrue();
            assertThat(call.path("inputs").path("uri").asText()).startsWith(host.baseUri().toString());
            assertThat(detail.path("trigger").path("outputs").path("body").path("contentData").asText())
                    .contains("ord_42");
            assertThat(run.body()).doesNotContain("Bearer ey");

            var forwarded = platform.queues().receive("wf-done", 1);
            assertThat(forwarded).hasSize(1);
            assertThat(forwarded.get(0).messageId()).isEqualTo("ord_42-done");
            assertThat(forwarded.get(0).body()).contains("\"authorized\":true");

            var overview = Json.mapper().readTree(get(host, "/ops/workflows", operator).body());
            assertThat(overview.path("items")).anyMatch(w -> w.path("name").asText().equals("order-relay")
                    && w.path("runs").path("Succeeded").asInt() == 1
                    && w.path("trigger").path("operationId").asText().equals("receiveTopicMessages"));
            awaitRuns(host, operator, "heartbeat", "Succeeded");
            var deadline = Instant.now().plusSeconds(10);
            JsonNode first = awaitRuns(host, operator, "heartbeat", "Succeeded");
            while (first.path("items").size() < 2 && Instant.now().isBefore(deadline)) {
                Thread.sleep(200);
                first = awaitRuns(host, operator, "heartbeat", "Succeeded");
            }
            var page1 = Json.mapper().readTree(get(host, "/ops/workflows/heartbeat/runs?limit=1", operator).body());
            var token = page1.path("continuationToken").asText();
            assertThat(token).isNotEmpty();
            var page2 = Json.mapper().readTree(get(host, "/ops/workflows/heartbeat/runs?limit=1&continuationToken="
                    + java.net.URLEncoder.encode(token, java.nio.charset.StandardCharsets.UTF_8), operator).body());
            var newer = page1.path("items").get(0);
            var older = page2.path("items").get(0);
            assertThat(older.path("id").asText()).isNotEqualTo(newer.path("id").asText());
            assertThat(Instant.parse(newer.path("startTime").asText()))
                    .isAfterOrEqualTo(Instant.parse(older.path("startTime").asText()));
            var forged = get(host, "/ops/workflows/heartbeat/runs?continuationToken=forged", operator);
            assertThat(forged.statusCode()).isEqualTo(400);
            assertThat(forged.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
        }
    }

    @Test
    void opsRoutesRefuseCallersWithoutAnOperatorTokenAndRequestTriggersCheckTheSignature() throws Exception {
        var dataDir = workingDir.resolve("data");
        var overrides = Map.of("DEVHOST_PORT", "0", "DEVHOST_OIDC_PORT", "0", "COMMERCE_DATA_DIR", dataDir.toString(),
                "DEVHOST_WORKFLOWS_DIR", EngineFixture.project("devhost").toString(),
                "DEVHOST_SCAN_PACKAGES", "com.cumulus.commerce.devhost.workflows");
        try (var host = DevHost.start(workingDir, overrides)) {
            var anonymous = get(host, "/ops/workflows", null);
            assertThat(anonymous.statusCode()).isEqualTo(401);
            assertThat(anonymous.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
            var customer = get(host, "/ops/workflows", host.issuer().orElseThrow().userToken("alice", true));
            assertThat(customer.statusCode()).isEqualTo(403);
            var operator = host.issuer().orElseThrow().userToken("oscar", false);
            assertThat(get(host, "/ops/workflows/answer/runs?limit=0", operator).statusCode()).isEqualTo(400);
            assertThat(get(host, "/ops/workflows/nope/runs", operator).statusCode()).isEqualTo(404);

            var callback = host.workflows().callbackUrl(host.baseUri(), "answer");
            var forged = post(URI.create(callback.toString().replaceAll("sig=.*", "sig=forged")));
            assertThat(forged.statusCode()).isEqualTo(401);
            var answered = post(callback);
            assertThat(answered.statusCode()).isEqualTo(201);
            assertThat(Json.mapper().readTree(answered.body()).path("greeting").asText()).isEqualTo("Ada");
            assertThat(answered.headers().firstValue("x-ms-workflow-run-id")).isPresent();
            var deep = post(callback, "{\"name\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}");
            assertThat(deep.statusCode()).as(deep.body()).isEqualTo(400);
            assertThat(deep.body()).contains("/malformed-json");
        }
    }

    private HttpResponse<String> post(URI uri) throws Exception {
        return post(uri, "{\"name\": \"Ada\"}");
    }

    private HttpResponse<String> post(URI uri, String json) throws Exception {
        return client.send(HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode awaitRuns(DevHost host, String token, String workflow, String status) throws Exception {
        var deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            var answer = Json.mapper().readTree(get(host, "/ops/workflows/" + workflow + "/runs?status=" + status,
                    token).body());
            if (answer.path("items").size() > 0) {
                return answer;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no " + status + " run of " + workflow + " within 30 s");
    }

    private HttpResponse<String> get(DevHost host, String path, String token) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(host.baseUri() + path)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode action(JsonNode run, String name) {
        for (var action : run.path("actions")) {
            if (action.path("name").asText().equals(name)) {
                return action;
            }
        }
        throw new AssertionError("no action " + name + " in " + run);
    }
}
