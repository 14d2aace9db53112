package com.cumulus.commerce.orders.functions;

import static com.cumulus.commerce.functions.support.testing.Responses.assertProblem;
import static com.cumulus.commerce.functions.support.testing.Responses.body;
import static com.cumulus.commerce.functions.support.testing.Responses.context;
import static org.assertj.core.api.Assertions.assertThat;

import com.cumulus.commerce.functions.support.testing.FakeHttpRequest;
import com.cumulus.commerce.orders.adapters.OrdersAdapters;
import com.cumulus.commerce.orders.application.SaveCart;
import com.cumulus.commerce.orders.application.ViewCart;
import com.cumulus.commerce.platform.Clock;
import com.cumulus.commerce.platform.local.LocalPlatform;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cart routes as an anonymous session calls them (outside the guard the caller is anonymous). */
class CartFunctionsTest {

    private static final String CART = "s3ssion-cart-0123456789ab";

    @TempDir
    Path dataDir;

    private LocalPlatform platform;
    private GetCartFunction get;
    private PutCartFunction put;

    @BeforeEach
    void open() {
        platform = new LocalPlatform(dataDir, Clock.system());
        var carts = OrdersAdapters.carts(platform);
        get = new GetCartFunction(new ViewCart(carts));
        put = new PutCartFunction(new SaveCart(carts));
    }

    @AfterEach
    void close() {
        platform.close();
    }

    private com.microsoft.azure.functions.HttpResponseMessage put(String body, String ifMatch) {
        var request = FakeHttpRequest.put("/api/carts/" + CART, body);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return put.run(request, CART, context());
    }

    @Test
    void anAnonymousSessionCreatesReadsAndReplacesItsCart() {
        var created = put("{\"lines\": [{\"sku\": \"85123A\", \"quantity\": 2}]}", null);
        assertThat(created.getStatusCode()).isEqualTo(201);
        assertThat(created.getHeader("Location")).isEqualTo("/api/carts/" + CART);
        var etag = created.getHeader("ETag");

        var read = get.run(FakeHttpRequest.get("/api/carts/" + CART), CART, context());
        assertThat(read.getStatusCode()).isEqualTo(200);
        assertThat(body(read).get("lines").get(0).get("quantity").asInt()).isEqualTo(2);
        assertThat(body(read).get("lines").get(0).get("sku").isTextual()).isTrue();
        assertThat(body(read).get("lines").get(0).get("sku").asText()).isEqualTo("85123A");
        assertThat(read.getHeader("ETag")).isEqualTo(etag);

        var replaced = put("{\"lines\": []}", etag);
        assertThat(replaced.getStatusCode()).isEqualTo(200);
        assertThat(body(replaced).get("lines")).isEmpty();
    }

    @Test
    void aShortCartIdIsRefusedBecauseItCouldBeGuessed() {
        var response = get.run(FakeHttpRequest.get("/api/carts/abc"), "abc", context());

        assertProblem(response, 400, "invalid-request");
    }

    @Test
    void replacingWithoutIfMatchIs428AndWithAStaleOneIs412() {
        put("{\"lines\": []}", null);

        assertProblem(put("{\"lines\": []}", null), 428, "precondition-required");
        assertProblem(put("{\"lines\": []}", "\"stale\""), 412, "precondition-failed");
    }

    @Test
    void badBodiesAreRefusedNamingTheField() {
        assertProblem(put("{\"lines\": [{\"sku\": \"85123A\", \"quantity\": \"2\"}]}", null), 400, "invalid-request");
        assertProblem(put("{\"lines\": [{\"sku\": \"85123A\", \"quantity\": 2, \"price\": 1}]}", null), 400,
                "invalid-request");
        assertProblem(put("{}", null), 400, "invalid-request");
        assertProblem(put("{\"lines\": ", null), 400, "malformed-json");
        var violations = assertProblem(put("{\"lines\": [{\"sku\": \"bad sku\", \"quantity\": 0}]}", null), 400,
                "invalid-request").get("violations");
        assertThat(violations).extracting(v -> v.get("field").asText())
                .containsExactly("lines[0].sku", "lines[0].quantity");
    }

    @Test
    void aMissingCartIs404() {
        assertProblem(get.run(FakeHttpRequest.get("/api/carts/" + CART), CART, context()), 404, "not-found");
    }
}
