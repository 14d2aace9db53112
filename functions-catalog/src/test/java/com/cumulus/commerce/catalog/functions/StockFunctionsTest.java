package com.cumulus.commerce.catalog.functions;

import static com.cumulus.commerce.functions.support.testing.Responses.assertProblem;
import static com.cumulus.commerce.functions.support.testing.Responses.body;
import static com.cumulus.commerce.functions.support.testing.Responses.context;
import static org.assertj.core.api.Assertions.assertThat;

import com.cumulus.commerce.platform.kernel.OrderId;
import com.cumulus.commerce.platform.kernel.Sku;
import com.cumulus.commerce.catalog.application.AdjustStock;
import com.cumulus.commerce.catalog.application.InMemoryStockLevels;
import com.cumulus.commerce.catalog.application.ViewStock;
import com.cumulus.commerce.catalog.model.StockHold;
import com.cumulus.commerce.catalog.model.StockLevel;
import com.cumulus.commerce.functions.support.testing.FakeHttpRequest;
import com.cumulus.commerce.platform.http.EntityTags;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StockFunctionsTest {

    private final InMemoryStockLevels stockLevels = new InMemoryStockLevels();
    private final GetStockFunction get = new GetStockFunction(new ViewStock(stockLevels));
    private final AdjustStockFunction adjust = new AdjustStockFunction(new AdjustStock(stockLevels));

    private static FakeHttpRequest adjustment(String body) {
        return FakeHttpRequest.post("/api/stock/MUG-1/adjustments", body);
    }

    @Test
    void getAnswersLevelWithQuotedEtag() {
        var stored = stockLevels.store(new StockLevel(Sku.of("MUG-1"), 7));

        var response = get.run(FakeHttpRequest.get("/api/stock/MUG-1"), "MUG-1", context());

        assertThat(response.getStatusCode()).isEqualTo(200);
        assertThat(response.getHeader("ETag")).isEqualTo("\"" + stored.etag() + "\"");
        var json = body(response);
        assertThat(json.path("sku").asText()).isEqualTo("MUG-1");
        assertThat(json.path("onHand").asLong()).isEqualTo(7);
        assertThat(json.path("reserved").asLong()).isZero();
        assertThat(json.path("available").asLong()).isEqualTo(7);
        assertThat(json.path("etag").asText()).isEqualTo(response.getHeader("ETag"));
    }

    @Test
    void getShowsUnitsHeldByReservationsAsNotAvailable() {
        stockLevels.store(new StockLevel(Sku.of("MUG-1"), 7, Map.of(OrderId.of("ord_" + "a".repeat(26)),
                new StockHold(3, Instant.parse("2026-11-24T12:15:00Z"))), Map.of()));

        var json = body(get.run(FakeHttpRequest.get("/api/stock/MUG-1"), "MUG-1", context()));

        assertThat(json.path("onHand").asLong()).isEqualTo(7);
        assertThat(json.path("reserved").asLong()).isEqualTo(3);
        assertThat(json.path("available").asLong()).isEqualTo(4);
    }

    @Test
    void removingHeldUnitsIsInsufficientStockSayingHowManyAreReserved() {
        var stored = stockLevels.store(new StockLevel(Sku.of("MUG-1"), 7, Map.of(OrderId.of("ord_" + "a".repeat(26)),
                new StockHold(3, Instant.parse("2026-11-24T12:15:00Z"))), Map.of()));
        var request = adjustment("{\"delta\": -5, \"reason\": \"breakage\"}").header("If-Match", stored.etag());

        var problem = assertProblem(adjust.run(request, "MUG-1", context()), 409, "insufficient-stock");

        assertThat(problem.path("reserved").asLong()).isEqualTo(3);
        assertThat(problem.path("onHand").asLong()).isEqualTo(7);
    }

    @Test
    void unknownStockIsNotFoundAndBadSkuIsInvalid() {
        assertProblem(get.run(FakeHttpRequest.get("/api/stock/NOPE"), "NOPE", context()), 404, "not-found");
        assertProblem(get.run(FakeHttpRequest.get("/api/stock/_x"), "_x", context()), 400, "invalid-request");
    }

    @Test
    void firstAdjustmentCreatesTheLevel() {
        var response = adjust.run(adjustment("{\"delta\": 10, \"reason\": \"delivery\"}"), "MUG-1", context());

        assertThat(response.getStatusCode()).isEqualTo(200);
        assertThat(body(response).path("onHand").asLong()).isEqualTo(10);
    }

    @Test
    void adjustmentWithCurrentEtagApplies() {
        var stored = stockLevels.store(new StockLevel(Sku.of("MUG-1"), 7));
        var request = adjustment("{\"delta\": -3, \"reason\": \"sold at fair\"}")
                .header("If-Match", EntityTags.quoted(stored.etag()));

        var response = adjust.run(request, "MUG-1", context());

        assertThat(response.getStatusCode()).isEqualTo(200);
        assertThat(stockLevels.find(Sku.of("MUG-1")).orElseThrow().value().onHand()).isEqualTo(4);
    }

    @Test
    void adjustmentBelowZeroIsInsufficientStock() {
        var stored = stockLevels.store(new StockLevel(Sku.of("MUG-1"), 2));
        var request = adjustment("{\"delta\": -3, \"reason\": \"sold\"}").header("If-Match", stored.etag());

        var problem = assertProblem(adjust.run(request, "MUG-1", context()), 409, "insufficient-stock");

        assertThat(problem.path("onHand").asLong()).isEqualTo(2);
        assertThat(stockLevels.find(Sku.of("MUG-1")).orElseThrow().value().onHand()).isEqualTo(2);
    }

    @Test
    void existingLevelWithoutIfMatchIsPreconditionRequired() {
        stockLevels.store(new StockLevel(Sku.of("MUG-1"), 2));

        assertProblem(adjust.run(adjustment("{\"delta\": 1, \"reason\": \"found\"}"), "MUG-1", context()),
                428, "precondition-required");
    }

    @Test
    void staleIfMatchIsPreconditionFailed() {
        var old = stockLevels.store(new StockLevel(Sku.of("MUG-1"), 2));
        stockLevels.store(new StockLevel(Sku.of("MUG-1"), 3));
        var request = adjustment("{\"delta\": 1, \"reason\": \"found\"}").header("If-Match", old.etag());

        assertProblem(adjust.run(request, "MUG-1", context()), 412, "precondition-failed");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "malformed        | {\"delta\":           | malformed-json  | ",
        "missing delta    | {\"reason\":\"x\"}     | invalid-request | delta",
        "zero delta       | {\"delta\":0,\"reason\":\"x\"} | invalid-request | delta",
        "delta a string   | {\"delta\":\"3\",\"reason\":\"x\"} | invalid-request | delta",
        "delta a fraction | {\"delta\":1.5,\"reason\":\"x\"} | invalid-request | delta",
        "missing reason   | {\"delta\":1}          | invalid-request | reason",
        "unknown property | {\"delta\":1,\"reason\":\"x\",\"note\":1} | invalid-request | note",
    })
    void badAdjustmentIsAProblemNamingTheField(String name, String json, String typeSlug, String field) {
        var problem = assertProblem(adjust.run(adjustment(json), "MUG-1", context()), 400, typeSlug);

        if (field != null) {
            assertThat(problem.path("violations").findValuesAsText("field")).contains(field);
        }
        assertThat(stockLevels.find(Sku.of("MUG-1"))).isEmpty();
    }
}
