package com.cumulus.commerce.devhost.middleware;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.cumulus.commerce.devhost.DevHost;
import com.cumulus.commerce.platform.Clock;
import com.cumulus.commerce.platform.Platform;
import com.cumulus.commerce.platform.http.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Middleware registered through ServiceLoader runs around HTTP functions of its own code source in devhost. */
class MiddlewareThroughDevHostIT {

    @TempDir
    static Path workingDir;

    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static DevHost host;

    @BeforeAll
    static void start() throws IOException {
        Files.writeString(workingDir.resolve("host.json"), """
                {"version": "2.0", "extensions": {"http": {"routePrefix": "api"}}}
                """);
        Files.writeString(workingDir.resolve("local.settings.json"), """
                {"IsEncrypted": false, "Values": {}}
                """);
        var platform = mock(Platform.class);
        when(platform.clock()).thenReturn(Clock.system());
        host = DevHost.start(workingDir, Map.of(
                "DEVHOST_PORT", "0", "DEVHOST_OIDC_PORT", "0",
                "DEVHOST_SCAN_PACKAGES", "com.cumulus.commerce.devhost.middleware"), platform);
    }

    @AfterAll
    static void stop() {
        if (host != null) {
            host.close();
        }
    }

    @Test
    void requestWithoutAllowHeaderIsRejectedWith401BeforeTheFunctionRuns() throws Exception {
        var id = callId();

        var response = get("/gated/" + id, Map.of());

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
        assertThat(GatedFunctions.RAN).doesNotContain(id);
    }

    @Test
    void requestWithAllowHeaderReachesTheFunctionAndGetsItsAnswer() throws Exception {
        var id = callId();

        var response = get("/gated/" + id, Map.of("x-test-allow", "yes"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("ran " + id);
        assertThat(GatedFunctions.RAN).contains(id);
    }

    @Test
    void exceptionFromMiddlewareAnswers500ProblemWithoutDetailAndSkipsTheFunction() throws Exception {
        var id = callId();

        var response = get("/gated/" + id, Map.of("x-test-allow", "yes", "x-test-fail", "yes"));

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(Json.mapper().readTree(response.body()).path("type").asText()).endsWith("/internal-error");
        assertThat(response.body()).doesNotContain("internal detail");
        assertThat(GatedFunctions.RAN).doesNotContain(id);
    }

    @Test
    void middlewarePassesFunctionsItDoesNotGuardThrough() throws Exception {
        var id = callId();

        var response = get("/open/" + id, Map.of());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(GatedFunctions.RAN).contains(id);
    }

    private static String callId() {
        return UUID.randomUUID().toString();
    }

    private static HttpResponse<String> get(String path, Map<String, String> headers) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(host.baseUri() + path)).GET();
        headers.forEach(request::header);
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
