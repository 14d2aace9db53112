package com.cumulus.commerce.catalog.functions;

import static com.cumulus.commerce.functions.support.testing.Responses.assertProblem;
import static com.cumulus.commerce.functions.support.testing.Responses.body;
import static com.cumulus.commerce.functions.support.testing.Responses.context;
import static org.assertj.core.api.Assertions.assertThat;

import com.cumulus.commerce.catalog.application.ReservationFixture;
import com.cumulus.commerce.catalog.application.ViewReservation;
import com.cumulus.commerce.functions.support.testing.FakeHttpRequest;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReservationFunctionsTest {

    /** The order id as the path carries it. */
    private static String order(int n) {
        return ReservationFixture.order(n).value();
    }


    @TempDir
    Path dataDir;

    private ReservationFixture fixture;
    private ReserveStockFunction reserve;
    private CommitReservationFunction commit;
    private ReleaseReservationFunction release;
    private GetReservationFunction get;

    @BeforeEach
    void open() {
        fixture = new ReservationFixture(dataDir);
        fixture.stock("MUG-1", 3);
        reserve = new ReserveStockFunction(fixture.reserveStock);
        commit = new CommitReservationFunction(fixture.commitReservation);
        release = new ReleaseReservationFunction(fixture.releaseReservation);
        get = new GetReservationFunction(new ViewReservation(fixture.reservations));
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private static FakeHttpRequest reservation(String orderId, String body) {
        return FakeHttpRequest.put("/api/reservations/" + orderId, body);
    }

    @Test
    void reserveAnswersTheHeldReservation() {
        var response = reserve.run(reservation(order(1), "{\"lines\": [{\"sku\": \"MUG-1\", \"quantity\": 2}]}"),
                order(1), context());

        assertThat(response.getStatusCode()).isEqualTo(200);
        var json = body(response);
        assertThat(json.path("orderId").asText()).isEqualTo(order(1));
        assertThat(json.path("status").asText()).isEqualTo("HELD");
        assertThat(json.path("expiresAt").asText()).isEqualTo("2026-11-24T12:15:00Z");
        assertThat(json.path("lines").get(0).path("quantity").asLong()).isEqualTo(2);
    }

    @Test
    void theOrderPlacedEventsLinesAreAcceptedAsTheyAre() {
        var lines = "{\"lines\": [{\"sku\": \"MUG-1\", \"quantity\": 1,"
                + " \"unitPrice\": {\"amount\": 1299, \"currency\": \"EUR\"}}]}";

        var response = reserve.run(reservation(order(1), lines), order(1), context());

        assertThat(response.getStatusCode()).isEqualTo(200);
        assertThat(body(response).path("lines").get(0).path("quantity").asLong()).isEqualTo(1);
    }

    @Test
    void tooFewUnitsIsInsufficientStockNamingTheSku() {
        var problem = assertProblem(reserve.run(reservation(order(1), "{\"lines\": [{\"sku\": \"MUG-1\", \"quantity\": 4}]}"),
                order(1), context()), 409, "insufficient-stock");

        assertThat(problem.path("sku").asText()).isEqualTo("MUG-1");
        assertThat(problem.path("requested").asLong()).isEqualTo(4);
        assertThat(problem.path("available").asLong()).isEqualTo(3);
    }

    @Test
    void aReleasedReservationIsClosedForReserveAndCommit() {
        reserve.run(reservation(order(1), "{\"lines\": [{\"sku\": \"MUG-1\", \"quantity\": 1}]}"), order(1), context());
        var released = release.run(FakeHttpRequest.post("/api/reservations/" + order(1) + "/release", null),
                order(1), context());
        assertThat(body(released).path("status").asText()).isEqualTo("RELEASED");

        var problem = assertProblem(reserve.run(reservation(order(1), "{\"lines\": [{\"sku\": \"MUG-1\", \"quantity\": 1}]}"),
                order(1), context()), 409, "reservation-closed");
        assertThat(problem.path("reservationStatus").asText()).isEqualTo("RELEASED");
        assertProblem(commit.run(FakeHttpRequest.post("/api/reservations/" + order(1) + "/commit", null), order(1),
                context()), 409, "reservation-closed");
    }

    @Test
    void releasingAnUnknownOrderAnswersNoneAndReadingItIsNotFound() {
        var response = release.run(FakeHttpRequest.post("/api/reservations/" + order(5) + "/release", null),
                order(5), context());

        assertThat(response.getStatusCode()).isEqualTo(200);
        assertThat(body(response).path("status").asText()).isEqualTo("NONE");
        assertProblem(get.run(FakeHttpRequest.get("/api/reservations/" + order(5)), order(5), context()),
                404, "not-found");
        assertProblem(commit.run(FakeHttpRequest.post("/api/reservations/" + order(5) + "/commit", null), order(5),
                context()), 404, "not-found");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "upper case      | ord_ABCDEFGHIJKLMNOPQRSTUVWXYZ",
        "too short       | ord_abc",
        "wrong prefix    | order_aaaaaaaaaaaaaaaaaaaaaaaaaa",
        "punctuation     | ord_aaaaaaaaaaaaaaaaaaaaaaaaa-",
    })
    void aMalformedOrderIdIsRefusedOnEveryRoute(String name, String orderId) {
        var body = "{\"lines\": [{\"sku\": \"MUG-1\", \"quantity\": 1}]}";
        assertThat(assertProblem(reserve.run(reservation(orderId, body), orderId, context()), 400, "invalid-request")
                .path("violations").findValuesAsText("field")).containsExactly("orderId");
        assertProblem(commit.run(FakeHttpRequest.post("/x", null), orderId, context()), 400, "invalid-request");
        assertProblem(release.run(FakeHttpRequest.post("/x", null), orderId, context()), 400, "invalid-request");
        assertProblem(get.run(FakeHttpRequest.get("/x"), orderId, context()), 400, "invalid-request");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "malformed          | {\"lines\":                                        | malformed-json  | ",
        "no lines           | {}                                                 | invalid-request | lines",
        "empty lines        | {\"lines\": []}                                    | invalid-request | lines",
        "quantity zero      | {\"lines\": [{\"sku\": \"MUG-1\", \"quantity\": 0}]}   | invalid-request | lines[0].quantity",
        "quantity 100       | {\"lines\": [{\"sku\": \"MUG-1\", \"quantity\": 100}]} | invalid-request | lines[0].quantity",
        "quantity a string  | {\"lines\": [{\"sku\": \"MUG-1\", \"quantity\": \"1\"}]} | invalid-request | lines[0].quantity",
        "bad sku            | {\"lines\": [{\"sku\": \"_x\", \"quantity\": 1}]}      | invalid-request | lines[0].sku",
        "sku twice          | {\"lines\": [{\"sku\": \"MUG-1\", \"quantity\": 1}, {\"sku\": \"MUG-1\", \"quantity\": 1}]} | invalid-request | lines[1].sku",
        "unknown property   | {\"lines\": [{\"sku\": \"MUG-1\", \"quantity\": 1}], \"x\": 1} | invalid-request | x",
    })
    void aBadReservationBodyIsAProblemNamingTheField(String name, String json, String typeSlug, String field) {
        var problem = assertProblem(reserve.run(reservation(order(1), json), order(1), context()), 400, typeSlug);

        if (field != null) {
            assertThat(problem.path("violations").findValuesAsText("field")).contains(field);
        }
        assertThat(fixture.reservations.find(ReservationFixture.order(1))).isEmpty();
    }

    @Test
    void fiftyOneLinesAreTooMany() {
        var lines = new StringBuilder();
        for (int i = 0; i < 51; i++) {
            lines.append(i == 0 ? "" : ",").append("{\"sku\": \"S-").append(i).append("\", \"quantity\": 1}");
        }
        var problem = assertProblem(reserve.run(reservation(order(1), "{\"lines\": [" + lines + "]}"), order(1),
                context()), 400, "invalid-request");

        assertThat(problem.path("violations").findValuesAsText("field")).containsExactly("lines");
    }
}
