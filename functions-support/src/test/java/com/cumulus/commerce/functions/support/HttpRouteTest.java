package com.cumulus.commerce.functions.support;

import static com.cumulus.commerce.functions.support.testing.Responses.assertProblem;
import static com.cumulus.commerce.functions.support.testing.Responses.body;
import static com.cumulus.commerce.functions.support.testing.Responses.context;
import static org.assertj.core.api.Assertions.assertThat;

import com.cumulus.commerce.functions.support.testing.FakeHttpRequest;
import com.cumulus.commerce.platform.http.Problem;
import com.cumulus.commerce.platform.http.Problems;
import com.cumulus.commerce.platform.kernel.Checked;
import com.cumulus.commerce.platform.kernel.OrderId;
import com.cumulus.commerce.platform.kernel.Sku;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class HttpRouteTest {

    private static final String ORDER = "ord_" + "a".repeat(26);

    record Line(String sku, Integer quantity) {
    }

    private final AtomicInteger useCaseCalls = new AtomicInteger();

    private Answer useCase(Object... values) {
        useCaseCalls.incrementAndGet();
        return Answer.ok(Map.of("values", List.of(values).stream().map(String::valueOf).toList()));
    }

    private static Checked<Line, Problem> positive(Line line) {
        return line.quantity() != null && line.quantity() > 0 ? Checked.valid(line)
                : Checked.refused(Problems.invalid("quantity", "must be positive"));
    }

    @Test
    void theUseCaseGetsTheTypedIdsAndTheCheckedBody() {
        var request = FakeHttpRequest.put("/api/x", "{\"sku\": \"MUG-1\", \"quantity\": 2}");

        var response = HttpRoute.of(request, context())
                .path(OrderId.parse(ORDER))
                .body(Line.class, HttpRouteTest::positive)
                .answer((order, line) -> useCase(order, line.sku()));

        assertThat(response.getStatusCode()).isEqualTo(200);
        assertThat(response.getHeader("Content-Type")).isEqualTo("application/json");
        assertThat(body(response).path("values").toString()).isEqualTo("[\"" + ORDER + "\",\"MUG-1\"]");
    }

    @Test
    void aBadPathIdIs400NamingTheFieldAndNothingAfterItRuns() {
        var request = FakeHttpRequest.put("/api/x", "not json").header("Content-Type", "text/plain");

        var problem = assertProblem(HttpRoute.of(request, context())
                .path(Sku.parse("bad sku"))
                .body(Line.class)
                .answer((sku, line) -> useCase(sku)), 400, "invalid-request");

        assertThat(problem.path("violations").get(0).path("field").asText()).isEqualTo("sku");
        assertThat(problem.path("violations").get(0).path("message").asText()).isEqualTo(Sku.RULE);
        assertThat(problem.path("detail").asText()).isEqualTo("sku: " + Sku.RULE);
        assertThat(problem.path("instance").asText()).isEqualTo("/api/x");
        assertThat(useCaseCalls).hasValue(0);
    }

    @Test
    void theIdsAreCheckedInTheOrderNamed() {
        var problem = assertProblem(HttpRoute.of(FakeHttpRequest.get("/api/x"), context())
                .path(OrderId.parse("ord_1"))
                .path(Sku.parse("bad sku"))
                .answer((order, sku) -> useCase(order, sku)), 400, "invalid-request");

        assertThat(problem.path("violations").findValuesAsText("field")).containsExactly("orderId");
    }

    @Test
    void anotherMediaTypeIs415BeforeTheBodyIsRead() {
        var request = FakeHttpRequest.put("/api/x", "not json").header("Content-Type", "text/plain; charset=utf-8");

        assertProblem(HttpRoute.of(request, context()).body(Line.class).answer(line -> useCase(line)),
                415, "unsupported-media-type");
        assertThat(useCaseCalls).hasValue(0);
    }

    @Test
    void aMissingContentTypeIsTakenAsJson() {
        var request = FakeHttpRequest.get("/api/x").body("{\"sku\": \"A\", \"quantity\": 1}");

        assertThat(HttpRoute.of(request, context()).body(Line.class).answer(line -> useCase(line)).getStatusCode())
                .isEqualTo(200);
    }

    @Test
    void malformedJsonAndMisfitsAre400() {
        assertProblem(HttpRoute.of(FakeHttpRequest.put("/api/x", "{\"sku\": "), context())
                .body(Line.class).answer(line -> useCase(line)), 400, "malformed-json");
        var misfit = assertProblem(HttpRoute.of(FakeHttpRequest.put("/api/x", "{\"sku\": \"A\", \"quantity\": \"2\"}"),
                context()).body(Line.class).answer(line -> useCase(line)), 400, "invalid-request");
        assertThat(misfit.path("violations").get(0).path("field").asText()).isEqualTo("quantity");
        var unknown = assertProblem(HttpRoute.of(FakeHttpRequest.put("/api/x", "{\"sku\": \"A\", \"extra\": 1}"),
                context()).body(Line.class).answer(line -> useCase(line)), 400, "invalid-request");
        assertThat(unknown.path("violations").get(0).path("field").asText()).isEqualTo("extra");
        assertProblem(HttpRoute.of(FakeHttpRequest.put("/api/x", "{\"sku\": \"A\", \"quantity\": 0}"), context())
                .body(Line.class, HttpRouteTest::positive).answer(line -> useCase(line)), 400, "invalid-request");
        assertThat(useCaseCalls).hasValue(0);
    }

    @Test
    void aFailureInTheUseCaseIsA500WithoutItsMessage() {
        var response = HttpRoute.of(FakeHttpRequest.get("/api/x"), context()).answer(() -> {
            throw new IllegalStateException("secret connection string");
        });

        var problem = assertProblem(response, 500, "internal-error");
        assertThat(problem.toString()).doesNotContain("secret");
    }

    @Test
    void anAnswerCarriesItsHeadersAndAProblemItsOwnStatus() {
        var created = HttpRoute.of(FakeHttpRequest.get("/api/x"), context())
                .answer(() -> Answer.json(201, Map.of("id", "1")).etag("v1").header("Location", "/api/x/1"));
        var refused = HttpRoute.of(FakeHttpRequest.get("/api/x"), context())
                .answer(() -> Answer.problem(Problem.of("busy", "Busy", 503, "later")).header("Retry-After", "1"));

        assertThat(created.getStatusCode()).isEqualTo(201);
        assertThat(created.getHeader("ETag")).isEqualTo("\"v1\"");
        assertThat(created.getHeader("Location")).isEqualTo("/api/x/1");
        assertProblem(refused, 503, "busy");
        assertThat(refused.getHeader("Retry-After")).isEqualTo("1");
    }

    @Test
    void aCacheableAnswerIs304WhenTheClientHasThatVersion() {
        var fresh = HttpRoute.of(FakeHttpRequest.get("/api/x").header("If-None-Match", "\"v1\""), context())
                .answer(() -> Answer.ok(Map.of("id", "1")).cacheable("v1", "public, max-age=60"));
        var stale = HttpRoute.of(FakeHttpRequest.get("/api/x").header("If-None-Match", "\"v0\""), context())
                .answer(() -> Answer.ok(Map.of("id", "1")).cacheable("v1", "public, max-age=60"));

        assertThat(fresh.getStatusCode()).isEqualTo(304);
        assertThat(fresh.getBody()).isNull();
        assertThat(fresh.getHeader("ETag")).isEqualTo("\"v1\"");
        assertThat(fresh.getHeader("Cache-Control")).isEqualTo("public, max-age=60");
        assertThat(stale.getStatusCode()).isEqualTo(200);
        assertThat(body(stale).path("id").asText()).isEqualTo("1");
    }

    @Test
    void queryAndHeadersAreRequestPartsToo() {
        var request = FakeHttpRequest.get("/api/x").query("limit", "x").header("If-Match", "\"v1\"");

        var problem = assertProblem(HttpRoute.of(request, context())
                .read(RequestParts.query(query -> query.get("limit").equals("x")
                        ? Checked.<Integer, Problem>refused(Problems.invalid("limit", "must be a number"))
                        : Checked.valid(1)))
                .answer(limit -> useCase(limit)), 400, "invalid-request");
        var answered = HttpRoute.of(request, context())
                .read(RequestParts.headers(header -> header.apply("if-match").orElse("none")))
                .answer(ifMatch -> useCase(ifMatch));

        assertThat(problem.path("detail").asText()).isEqualTo("limit: must be a number");
        assertThat(body(answered).path("values").get(0).asText()).isEqualTo("\"v1\"");
    }
}
