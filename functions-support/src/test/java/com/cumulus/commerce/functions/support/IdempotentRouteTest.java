package com.cumulus.commerce.functions.support;

import static com.cumulus.commerce.functions.support.testing.Responses.assertProblem;
import static com.cumulus.commerce.functions.support.testing.Responses.body;
import static org.assertj.core.api.Assertions.assertThat;

import com.cumulus.commerce.functions.support.testing.FakeHttpRequest;
import com.cumulus.commerce.platform.contract.ManualClock;
import com.cumulus.commerce.platform.http.Problem;
import com.cumulus.commerce.platform.idempotency.IdempotencyRecords;
import com.cumulus.commerce.platform.idempotency.IdempotentRequests;
import com.cumulus.commerce.platform.idempotency.StoredResponse;
import com.cumulus.commerce.platform.kernel.Checked;
import com.cumulus.commerce.platform.local.LocalPlatform;
import com.microsoft.azure.functions.HttpResponseMessage;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HTTP side of the Idempotency-Key: the header's rules, replay with its header, and the refusals. */
class IdempotentRouteTest {

    private static final StoredResponse CREATED = new StoredResponse(201, "/api/things/1", "{\"id\":1}");

    @TempDir
    Path dataDir;

    private LocalPlatform platform;
    private IdempotentRoute route;
    private final AtomicInteger runs = new AtomicInteger();

    @BeforeEach
    void open() {
        var clock = ManualClock.startingAt("2026-03-01T10:00:00Z");
        platform = new LocalPlatform(dataDir, clock);
        route = new IdempotentRoute(new IdempotentRequests(IdempotencyRecords.inTable(platform.tables()), clock,
                IdempotentRequests.DEFAULT_TIME_TO_LIVE, platform.instance()));
    }

    @AfterEach
    void close() {
        platform.close();
    }

    private HttpResponseMessage post(String path, Object body, String key) {
        return route.answer(FakeHttpRequest.post(path, "{}"), "alice", key, body, () -> {
            runs.incrementAndGet();
            return CREATED;
        });
    }

    @Test
    void theKeyIsRequiredAndMustFitItsRules() {
        var missing = IdempotentRoute.key(FakeHttpRequest.post("/api/things", "{}"));
        var blank = IdempotentRoute.key(FakeHttpRequest.post("/api/things", "{}").header("Idempotency-Key", " "));

        assertThat(((Checked.Refused<String, Problem>) missing).reason().type()).endsWith("/idempotency-key-required");
        assertThat(((Checked.Refused<String, Problem>) blank).reason().type()).endsWith("/idempotency-key-required");
        for (var key : new String[] {"x".repeat(256), "caf\u00e9", "tab\there"}) {
            var parsed = IdempotentRoute.key(FakeHttpRequest.post("/api/things", "{}").header("Idempotency-Key", key));
            var problem = ((Checked.Refused<String, Problem>) parsed).reason();
            assertThat(problem.type()).endsWith("/invalid-idempotency-key");
            assertThat(problem.status()).isEqualTo(400);
        }
        assertThat(IdempotentRoute.key(FakeHttpRequest.post("/api/things", "{}")
                .header("IDEMPOTENCY-KEY", "x".repeat(255)))).isEqualTo(Checked.valid("x".repeat(255)));
    }

    @Test
    void aRetryGetsTheFirstAnswerMarkedAsReplayed() {
        var first = post("/api/things", Map.of("a", 1), "k1");
        var retry = post("/api/things", Map.of("a", 1), "k1");

        assertThat(first.getStatusCode()).isEqualTo(201);
        assertThat(first.getHeader("Content-Type")).isEqualTo("application/json");
        assertThat(first.getHeader("Location")).isEqualTo("/api/things/1");
        assertThat(first.getHeader(IdempotentRoute.REPLAYED_HEADER)).isNull();
        assertThat(retry.getStatusCode()).isEqualTo(201);
        assertThat(retry.getHeader("Location")).isEqualTo("/api/things/1");
        assertThat(retry.getHeader("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.getBody()).isEqualTo(first.getBody());
        assertThat(runs).hasValue(1);
    }

    @Test
    void anotherBodyOrAnotherPathUnderTheKeyIs422() {
        post("/api/things", Map.of("a", 1), "k1");

        var otherBody = assertProblem(post("/api/things", Map.of("a", 2), "k1"), 422, "idempotency-key-reused");
        assertProblem(post("/api/others", Map.of("a", 1), "k1"), 422, "idempotency-key-reused");

        assertThat(otherBody.path("instance").asText()).isEqualTo("/api/things");
        assertThat(runs).hasValue(1);
    }

    @Test
    void aDuplicateWhileTheFirstRunsIs409() {
        var inner = new AtomicReference<HttpResponseMessage>();

        route.answer(FakeHttpRequest.post("/api/things", "{}"), "alice", "k1", Map.of("a", 1), () -> {
            inner.set(post("/api/things", Map.of("a", 1), "k1"));
            return CREATED;
        });

        assertProblem(inner.get(), 409, "idempotency-key-in-flight");
        assertThat(inner.get().getHeader(IdempotentRoute.REPLAYED_HEADER)).isNull();
        assertThat(runs).hasValue(0);
    }

    @Test
    void aRefusalIsAnsweredAsAProblemOfThisPathAndFreesTheKey() {
        var refused = route.answer(FakeHttpRequest.post("/api/things", "{}"), "alice", "k1", Map.of("a", 1),
                () -> StoredResponse.of(Problem.of("cart-empty", "Cart is empty", 422, "nothing to buy")));
        var fixed = post("/api/things", Map.of("a", 1), "k1");

        assertThat(assertProblem(refused, 422, "cart-empty").path("instance").asText()).isEqualTo("/api/things");
        assertThat(fixed.getStatusCode()).isEqualTo(201);
        assertThat(fixed.getHeader(IdempotentRoute.REPLAYED_HEADER)).isNull();
        assertThat(body(fixed).path("id").asInt()).isEqualTo(1);
    }
}
