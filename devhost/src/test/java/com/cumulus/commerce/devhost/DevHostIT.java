package com.cumulus.commerce.devhost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.cumulus.commerce.platform.Clock;
import com.cumulus.commerce.platform.Platform;
import com.cumulus.commerce.platform.http.Json;
import com.cumulus.commerce.platform.messaging.OutgoingMessage;
import com.cumulus.commerce.platform.messaging.QueueOptions;
import com.cumulus.commerce.platform.messaging.Queues;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mockito.ArgumentCaptor;

class DevHostIT {

    @TempDir
    static Path workingDir;

    private static final Queues QUEUES = mock(Queues.class);
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static DevHost host;

    @BeforeAll
    static void start() throws IOException {
        Files.writeString(workingDir.resolve("host.json"), """
                {"version": "2.0", "functionTimeout": "00:00:02", "extensions": {"http": {"routePrefix": "api"}}}
                """);
        Files.writeString(workingDir.resolve("local.settings.json"), """
                {"IsEncrypted": false, "Values": {"PRODUCT_QUEUE": "products-created"}}
                """);
        var platform = mock(Platform.class);
        when(platform.queues()).thenReturn(QUEUES);
        when(QUEUES.options(anyString())).thenReturn(QueueOptions.serviceBusDefaults());
        when(platform.clock()).thenReturn(Clock.system());
        host = DevHost.start(workingDir, Map.of(
                "DEVHOST_PORT", "0", "DEVHOST_OIDC_PORT", "0",
                "DEVHOST_SCAN_PACKAGES", "com.cumulus.commerce.devhost.sample.valid",
                "DEVHOST_MAX_REQUEST_BYTES", "1024"), platform);
    }

    @AfterAll
    static void stop() {
        if (host != null) {
            host.close();
        }
    }

    @Test
    void routeParameterReachesFunctionAndJsonBodyComesBack() throws Exception {
        var response = send(HttpRequest.newBuilder(uri("/products/abc?lang=de")).header("Accept", "text/x-test")
                .header("traceparent", "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01").GET().build());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(response.headers().firstValue("ETag")).hasValue("\"v1\"");
        var body = Json.mapper().readTree(response.body());
        assertThat(body.path("sku").asText()).isEqualTo("abc");
        assertThat(body.path("function").asText()).isEqualTo("getProduct");
        assertThat(body.path("lang").asText()).isEqualTo("de");
        assertThat(body.path("accept").asText()).isEqualTo("text/x-test");
        assertThat(body.path("traceparent").asText()).isEqualTo("00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01");
    }

    @Test
    void countsEveryRequestItServesAnsweredOrNot() throws Exception {
        long before = host.counts().requestsServed();

        send(HttpRequest.newBuilder(uri("/products/abc")).GET().build());
        send(HttpRequest.newBuilder(uri("/nothing/here")).GET().build());

        assertThat(host.counts().requestsServed()).isEqualTo(before + 2);
        assertThat(host.counts().workflowRunWrites()).isZero();
    }

    @Test
    void literalSegmentWinsOverParameterAndIgnoresCase() throws Exception {
        var response = send(HttpRequest.newBuilder(uri("/Products/FEATURED")).GET().build());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("featured");
    }

    @Test
    void constrainedIntParameterAndCatchAllBind() throws Exception {
        var response = send(HttpRequest.newBuilder(uri("/items/41/a/b")).GET().build());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("item 42 rest=a/b");
    }

    @Test
    void constraintMismatchAnswers404Problem() throws Exception {
        var response = send(HttpRequest.newBuilder(uri("/items/0/x")).GET().build());

        assertProblem(response, 404, "not-found");
    }

    @Test
    void unknownRouteAnswers404Problem() throws Exception {
        var response = send(HttpRequest.newBuilder(uri("/nothing/here")).GET().build());

        assertProblem(response, 404, "not-found");
    }

    @Test
    void wrongMethodAnswers405ProblemWithAllow() throws Exception {
        var response = send(HttpRequest.newBuilder(uri("/products")).DELETE().build());

        assertProblem(response, 405, "method-not-allowed");
        assertThat(response.headers().firstValue("Allow")).hasValue("POST, PUT");
    }

    @Test
    void successfulInvocationFlushesOutputBinding() throws Exception {
        var response = send(post("/products", "{\"sku\":\"ok1\",\"title\":\"Lamp\"}"));

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(Json.mapper().readTree(response.body()).path("title").asText()).isEqualTo("Lamp");
        var sent = ArgumentCaptor.forClass(OutgoingMessage.class);
        verify(QUEUES).send(eq("products-created"), sent.capture());
        assertThat(Json.mapper().readTree(sent.getValue().body()).path("sku").asText()).isEqualTo("ok1");
        assertThat(sent.getValue().properties()).containsKey("traceparent");
    }

    @Test
    void failingFunctionAnswers500WithoutDetailAndFlushesNothing() throws Exception {
        var response = send(post("/products", "{\"sku\":\"bad1\",\"title\":\"boom\"}"));

        var problem = assertProblem(response, 500, "internal-error");
        assertThat(response.body()).doesNotContain("internal detail", "IllegalStateException", "at com.");
        assertThat(problem.path("detail").asText()).containsPattern("[0-9a-f-]{36}");
        verify(QUEUES, never()).send(eq("products-created"),
                org.mockito.ArgumentMatchers.argThat(m -> m.body().contains("bad1")));
    }

    @Test
    void malformedPojoBodyAnswers400Problem() throws Exception {
        var response = send(post("/products", "{\"sku\":\"x\",\"colour\":\"red\"}"));

        assertProblem(response, 400, "malformed-json");
    }

    @Test
    void bodyOverLimitAnswers413Problem() throws Exception {
        var response = send(post("/upload", "x".repeat(2048)));

        assertProblem(response, 413, "payload-too-large");
    }

    @Test
    void chunkedBodyOverLimitAnswers413Problem() throws Exception {
        var chunked = HttpRequest.newBuilder(uri("/upload"))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(new byte[4096]))).build();

        var response = send(chunked);

        assertProblem(response, 413, "payload-too-large");
    }

    @Test
    void bodyWithinLimitReachesFunctionAsBytes() throws Exception {
        var response = send(post("/upload", "y".repeat(1000)));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("bytes=1000");
    }

    @Test
    void functionLevelRouteNeedsAKey() throws Exception {
        assertProblem(send(HttpRequest.newBuilder(uri("/secure")).GET().build()), 401, "unauthorized");
        var wrong = send(HttpRequest.newBuilder(uri("/secure")).header("x-functions-key", "nope").GET().build());
        assertProblem(wrong, 401, "unauthorized");
        assertThat(wrong.body()).doesNotContain("nope");

        var byHeader = send(HttpRequest.newBuilder(uri("/secure")).header("x-functions-key", host.functionKey())
                .GET().build());
        var byQuery = send(HttpRequest.newBuilder(uri("/secure?code=" + host.masterKey())).GET().build());

        assertThat(byHeader.statusCode()).isEqualTo(299);
        assertThat(byHeader.body()).isEqualTo("secret stuff");
        assertThat(byQuery.statusCode()).isEqualTo(299);
    }

    @Test
    void keysFileIsOwnerOnly() throws Exception {
        var keys = workingDir.resolve(".data/keys/host.json");

        assertThat(Json.mapper().readTree(keys.toFile()).path("masterKey").asText()).isEqualTo(host.masterKey());
        assertThat(Files.getPosixFilePermissions(keys))
                .isEqualTo(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));
    }

    @Test
    void hostStatusNeedsMasterKey() throws Exception {
        var withFunctionKey = send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + host.port()
                + "/admin/host/status")).header("x-functions-key", host.functionKey()).GET().build());
        var withMasterKey = send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + host.port()
                + "/admin/host/status")).header("x-functions-key", host.masterKey()).GET().build());

        assertProblem(withFunctionKey, 401, "unauthorized");
        assertThat(withMasterKey.statusCode()).isEqualTo(200);
        var status = Json.mapper().readTree(withMasterKey.body());
        assertThat(status.path("state").asText()).isEqualTo("Running");
        assertThat(status.path("functions").asInt()).isEqualTo(8);
    }

    @Test
    void functionSlowerThanTimeoutAnswers504Problem() throws Exception {
        var response = send(HttpRequest.newBuilder(uri("/slow")).GET().build());

        assertProblem(response, 504, "gateway-timeout");
    }

    private static URI uri(String path) {
        return URI.create(host.baseUri() + path);
    }

    private static HttpRequest post(String path, String body) {
        return HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private static HttpResponse<String> send(HttpRequest request) throws Exception {
        return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode assertProblem(HttpResponse<String> response, int status, String type) throws IOException {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        var problem = Json.mapper().readTree(response.body());
        assertThat(problem.path("type").asText()).endsWith("/" + type);
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        return problem;
    }
}
