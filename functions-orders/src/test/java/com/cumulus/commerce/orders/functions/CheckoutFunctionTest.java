package com.cumulus.commerce.orders.functions;

import static com.cumulus.commerce.functions.support.testing.Responses.assertProblem;
import static com.cumulus.commerce.functions.support.testing.Responses.context;
import static org.assertj.core.api.Assertions.assertThat;

import com.cumulus.commerce.functions.support.IdempotentRoute;
import com.cumulus.commerce.functions.support.testing.FakeHttpRequest;
import com.cumulus.commerce.orders.adapters.OrdersAdapters;
import com.cumulus.commerce.orders.application.PlaceOrder;
import com.cumulus.commerce.orders.application.ProductPrices;
import com.cumulus.commerce.platform.Clock;
import com.cumulus.commerce.platform.idempotency.IdempotencyRecords;
import com.cumulus.commerce.platform.idempotency.IdempotentRequests;
import com.cumulus.commerce.platform.local.LocalPlatform;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the checkout route refuses before it places anything (the guard has already checked the token). */
class CheckoutFunctionTest {

    private static final String BODY = "{\"cartId\": \"cart-0123456789abcdefghij\", \"paymentMethod\": \"pm_sim_approve\"}";

    @TempDir
    Path dataDir;

    private LocalPlatform platform;
    private CheckoutFunction checkout;

    @BeforeEach
    void open() {
        platform = new LocalPlatform(dataDir, Clock.system());
        var ports = OrdersAdapters.orders(platform);
        ProductPrices noCatalog = (sku, currency) -> new ProductPrices.PriceLookup.NotPriced();
        checkout = new CheckoutFunction(
                new PlaceOrder(OrdersAdapters.carts(platform), ports.orders(), noCatalog, platform.clock()),
                new IdempotentRoute(new IdempotentRequests(IdempotencyRecords.inTable(platform.tables()),
                        platform.clock(), Duration.ofHours(24), platform.instance())), "EUR");
    }

    @AfterEach
    void close() {
        platform.close();
    }

    @Test
    void anIdempotencyKeyIsRequired() {
        assertProblem(checkout.run(FakeHttpRequest.post("/api/checkout", BODY), context()), 400,
                "idempotency-key-required");
    }

    @Test
    void anIdempotencyKeyMustBePrintableAsciiUpTo255Characters() {
        for (var key : new String[] {"x".repeat(256), "caf\u00e9", "tab\there"}) {
            var request = FakeHttpRequest.post("/api/checkout", BODY).header("Idempotency-Key", key);

            assertProblem(checkout.run(request, context()), 400, "invalid-idempotency-key");
        }
    }

    @Test
    void aBadBodyNamesEveryFieldThatIsWrong() {
        var request = FakeHttpRequest.post("/api/checkout",
                "{\"cartId\": \"short\", \"currency\": \"EURO\", \"paymentMethod\": \"\"}").header("Idempotency-Key", "k1");

        var violations = assertProblem(checkout.run(request, context()), 400, "invalid-request").get("violations");

        assertThat(violations).extracting(v -> v.get("field").asText())
                .containsExactly("cartId", "currency", "paymentMethod");
    }

    @Test
    void onlyJsonIsTaken() {
        var request = FakeHttpRequest.post("/api/checkout", BODY).header("Idempotency-Key", "k1")
                .header("Content-Type", "text/plain");

        assertProblem(checkout.run(request, context()), 415, "unsupported-media-type");
    }
}
