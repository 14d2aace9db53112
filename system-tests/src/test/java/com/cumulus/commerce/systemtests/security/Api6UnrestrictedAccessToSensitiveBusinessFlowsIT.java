package com.cumulus.commerce.systemtests.security;

import static com.cumulus.commerce.systemtests.ShopClient.assertProblem;
import static com.cumulus.commerce.systemtests.ShopClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.cumulus.commerce.systemtests.ShopClient;
import com.cumulus.commerce.systemtests.ShopTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * API6:2023 Unrestricted Access to Sensitive Business Flows: checkout and refunds, the flows worth automating
 * against the shop. Checkout needs a customer who did MFA (else the RFC 9470 step-up challenge) and an
 * {@code Idempotency-Key}; it turns only the caller's own cart into an order, at the catalog's price whatever the
 * client sends, within the cart's quantity limit, and a burst from one customer is cut off with 429 and
 * {@code Retry-After}. Refunds need an operator, the approval of a large one needs MFA, and no refund exceeds
 * what was captured.
 *
 * <p>Every test's calls count against one per-client budget of {@value #PER_CLIENT_PER_MINUTE} a minute per app:
 * alice and bob stay well inside it (about 15 calls each), carol (a customer too) spends hers in the burst. The workflows are off, so
 * placed orders stay {@code PENDING} and no saga call competes for the budget.
 */
@ShopTest(workflows = false, settings = "RATE_LIMIT_PER_CLIENT_PER_MINUTE="
        + Api6UnrestrictedAccessToSensitiveBusinessFlowsIT.PER_CLIENT_PER_MINUTE)
class Api6UnrestrictedAccessToSensitiveBusinessFlowsIT extends SecuritySuite {

    static final int PER_CLIENT_PER_MINUTE = 20;

    private static final long PRICE = 1299;
    private static final SecureRandom RANDOM = new SecureRandom();

    // --- checkout

    @Test
    void checkoutWithoutMfaGetsTheStepUpChallenge() {
        String sku = product("API6-MFA");
        String cart = cart("alice", sku, 1);
        int ordersBefore = orders("alice").size();

        var response = shop.send(checkout(shop.userToken("alice", false), key(), cart, null));

        var problem = assertProblem(response, 401);
        assertThat(problem.path("type").asText()).endsWith("/mfa-required");
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(challenge -> assertThat(
                challenge).startsWith("Bearer ").contains("error=\"insufficient_user_authentication\""));
        assertThat(orders("alice")).hasSize(ordersBefore);
    }

    @Test
    void checkoutWithoutAnIdempotencyKeyIsRefused() {
        String sku = product("API6-KEY");
        String cart = cart("bob", sku, 1);
        int ordersBefore = orders("bob").size();
        String body = checkoutBody(cart, null);

        var missing = shop.send(shop.request("POST", "/checkout", body)
                .header("Authorization", "Bearer " + shop.userToken("bob", true)));
        var tooLong = shop.send(checkout(shop.userToken("bob", true), "k".repeat(256), cart, null));

        assertThat(assertProblem(missing, 400).path("type").asText()).endsWith("/idempotency-key-required");
        assertThat(assertProblem(tooLong, 400).path("type").asText()).endsWith("/invalid-idempotency-key");
        assertThat(orders("bob")).hasSize(ordersBefore);
    }

    @Test
    void aCustomerCannotCheckOutSomeoneElsesCart() {
        String sku = product("API6-BOLA");
        String alicesCart = cart("alice", sku, 2);
        int bobsOrdersBefore = orders("bob").size();

        var response = shop.send(checkout(shop.userToken("bob", true), key(), alicesCart, null));

        assertProblem(response, 404);
        assertThat(response.body()).doesNotContain("alice");
        assertThat(orders("bob")).hasSize(bobsOrdersBefore);
        var stillAlices = shop.send(asCustomer("alice", "GET", "/carts/" + alicesCart, null));
        assertThat(stillAlices.statusCode()).as(stillAlices.body()).isEqualTo(200);
        assertThat(json(stillAlices).path("lines").get(0).path("quantity").asInt()).isEqualTo(2);
    }

    @Test
    void thePriceIsTheCatalogsWhateverTheClientSends() {
        String sku = product("API6-PRICE");
        String cartId = cartId();

        var pricedLine = shop.send(asCustomer("alice", "PUT", "/carts/" + cartId, """
                {"lines": [{"sku": "%s", "quantity": 3, "unitPrice": {"amount": 1, "currency": "EUR"}}]}"""
                .formatted(sku)));
        var cartTotal = shop.send(asCustomer("alice", "PUT", "/carts/" + cartId, """
                {"lines": [{"sku": "%s", "quantity": 3}], "total": {"amount": 3, "currency": "EUR"}}"""
                .formatted(sku)));
        assertProblem(pricedLine, 400);
        assertProblem(cartTotal, 400);
        String cart = cart("alice", sku, 3);
        var checkoutTotal = shop.send(checkout(shop.userToken("alice", true), key(), cart,
                "\"total\": {\"amount\": 3, \"currency\": \"EUR\"}"));
        assertProblem(checkoutTotal, 400);

        var placed = shop.send(checkout(shop.userToken("alice", true), key(), cart, null));

        assertThat(placed.statusCode()).as(placed.body()).isEqualTo(202);
        var order = json(shop.send(asCustomer("alice", "GET",
                "/orders/" + json(placed).path("orderId").asText(), null)));
        assertThat(order.path("total").path("amount").asLong()).isEqualTo(PRICE * 3);
        assertThat(order.path("total").path("currency").asText()).isEqualTo("EUR");
        assertThat(order.path("lines").get(0).path("unitPrice").path("amount").asLong()).isEqualTo(PRICE);
        assertThat(order.path("lines").get(0).path("quantity").asInt()).isEqualTo(3);
    }

    @Test
    void quantitiesAboveTheCartLimitAreRefused() {
        String sku = product("API6-QTY");
        String cart = cart("bob", sku, 2);
        String etag = shop.send(asCustomer("bob", "GET", "/carts/" + cart, null)).headers()
                .firstValue("ETag").orElseThrow();

        var hundred = shop.send(asCustomer("bob", "PUT", "/carts/" + cart,
                "{\"lines\": [{\"sku\": \"" + sku + "\", \"quantity\": 100}]}").header("If-Match", etag));
        var splitAcrossLines = shop.send(asCustomer("bob", "PUT", "/carts/" + cart,
                "{\"lines\": [{\"sku\": \"" + sku + "\", \"quantity\": 60}, {\"sku\": \"" + sku
                        + "\", \"quantity\": 60}]}").header("If-Match", etag));
        var negative = shop.send(asCustomer("bob", "PUT", "/carts/" + cart,
                "{\"lines\": [{\"sku\": \"" + sku + "\", \"quantity\": -5}]}").header("If-Match", etag));

        assertThat(assertProblem(hundred, 400).path("violations").findValuesAsText("field"))
                .contains("lines[0].quantity");
        assertThat(assertProblem(splitAcrossLines, 400).path("violations").findValuesAsText("field"))
                .contains("lines");
        assertProblem(negative, 400);
        var kept = shop.send(asCustomer("bob", "GET", "/carts/" + cart, null));
        assertThat(json(kept).path("lines").get(0).path("quantity").asInt()).isEqualTo(2);
    }

    @Test
    void aBurstOfCheckoutsFromOneCustomerGets429WithRetryAfter() {
        String sku = product("API6-BURST");
        String token = shop.userToken("carol", true);

        // a scalper's loop: a fresh cart and its checkout, again and again; both calls spend carol's budget
        var checkouts = new ArrayList<HttpResponse<String>>();
        for (int i = 0; i < PER_CLIENT_PER_MINUTE; i++) {
            String cartId = cartId();
            var cart = shop.send(shop.request("PUT", "/carts/" + cartId,
                    "{\"lines\": [{\"sku\": \"" + sku + "\", \"quantity\": 1}]}")
                    .header("Authorization", "Bearer " + token));
            assertThat(cart.statusCode()).as(cart.body()).isIn(201, 429);
            checkouts.add(shop.send(checkout(token, key(), cartId, null)));
        }

        var statuses = checkouts.stream().map(HttpResponse::statusCode).toList();
        assertThat(statuses).containsOnly(202, 429).contains(429);
        assertThat(statuses.stream().filter(s -> s == 202).count()).isLessThanOrEqualTo(PER_CLIENT_PER_MINUTE / 2);
        int firstRefusal = statuses.indexOf(429);
        assertThat(statuses.subList(firstRefusal, statuses.size())).as("once refused, refused for the minute")
                .containsOnly(429);
        var refused = checkouts.get(firstRefusal);
        assertProblem(refused, 429);
        assertThat(refused.headers().firstValue("Retry-After")).hasValueSatisfying(seconds ->
                assertThat(Integer.parseInt(seconds)).isBetween(1, 60));
        // the budget is the customer's, not the shop's: alice still checks out
        var alice = shop.send(checkout(shop.userToken("alice", true), key(), cart("alice", sku, 1), null));
        assertThat(alice.statusCode()).as(alice.body()).isEqualTo(202);
    }

    // --- refunds

    @Test
    void refundsNeedAnOperator() {
        String paymentId = capturedPayment(5000);
        String body = refundBody(1000);

        var anonymous = shop.send(shop.request("POST", refunds(paymentId), body).header("Idempotency-Key", key()));
        var customer = shop.send(shop.request("POST", refunds(paymentId), body)
                .header("Authorization", "Bearer " + shop.userToken("alice", true))
                .header("Idempotency-Key", key()));
        var manager = shop.send(shop.request("POST", refunds(paymentId), body)
                .header("Authorization", "Bearer " + shop.userToken("carol", true))
                .header("Idempotency-Key", key()));
        var operatorWithoutKey = shop.send(shop.request("POST", refunds(paymentId), body)
                .header("Authorization", "Bearer " + shop.userToken("oscar", false)));

        assertProblem(anonymous, 401);
        assertProblem(customer, 403);
        assertProblem(manager, 403);
        assertProblem(operatorWithoutKey, 400);
        var payment = payment(paymentId);
        assertThat(payment.path("status").asText()).isEqualTo("CAPTURED");
        assertThat(payment.path("refunds")).isEmpty();
    }

    @Test
    void approvingALargeRefundNeedsAnOperatorWithMfa() {
        String paymentId = capturedPayment(60000);
        var requested = shop.send(refund(paymentId, 40000));
        assertThat(requested.statusCode()).as(requested.body()).isEqualTo(202);
        assertThat(json(requested).path("status").asText()).isEqualTo("PENDING_APPROVAL");
        String approval = refunds(paymentId) + "/" + json(requested).path("refundId").asText() + "/approval";

        var customer = shop.send(shop.request("POST", approval, "{\"approved\": true}")
                .header("Authorization", "Bearer " + shop.userToken("alice", true)));
        var withoutMfa = shop.send(shop.request("POST", approval, "{\"approved\": true}")
                .header("Authorization", "Bearer " + shop.userToken("oscar", false)));

        assertProblem(customer, 403);
        assertProblem(withoutMfa, 401);
        assertThat(withoutMfa.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(c -> assertThat(c).contains("error=\"insufficient_user_authentication\""));
        assertThat(payment(paymentId).path("refunds").get(0).path("status").asText()).isEqualTo("PENDING_APPROVAL");

        var withMfa = shop.send(shop.request("POST", approval, "{\"approved\": true}")
                .header("Authorization", "Bearer " + shop.userToken("oscar", true)));

        assertThat(withMfa.statusCode()).as(withMfa.body()).isEqualTo(200);
        assertThat(json(withMfa).path("status").asText()).isEqualTo("APPROVED");
    }

    @Test
    void anOperatorCannotRefundMoreThanWasCaptured() {
        String paymentId = capturedPayment(5000);

        var tooMuch = shop.send(refund(paymentId, 5001));
        var part = shop.send(refund(paymentId, 3000));
        var beyondTheRest = shop.send(refund(paymentId, 2001));
        var theRest = shop.send(refund(paymentId, 2000));
        var onceMore = shop.send(refund(paymentId, 1));

        assertThat(assertProblem(tooMuch, 422).path("type").asText()).endsWith("/refund-exceeds-captured");
        assertThat(part.statusCode()).as(part.body()).isEqualTo(201);
        assertThat(assertProblem(beyondTheRest, 422).path("refundable").asLong()).isEqualTo(2000);
        assertThat(theRest.statusCode()).as(theRest.body()).isEqualTo(201);
        assertThat(onceMore.statusCode()).as(onceMore.body()).isIn(409, 422);
        var payment = payment(paymentId);
        assertThat(payment.path("status").asText()).isEqualTo("REFUNDED");
        assertThat(payment.path("refunds").findValuesAsText("status")).containsExactly("COMPLETED", "COMPLETED");
    }

    @Test
    void anUncapturedPaymentCannotBeRefunded() {
        String paymentId = authorisedPayment(5000);

        var response = shop.send(refund(paymentId, 1000));

        var problem = assertProblem(response, 409);
        assertThat(problem.path("type").asText()).endsWith("/payment-not-captured");
        assertThat(problem.path("paymentStatus").asText()).isEqualTo("AUTHORISED");
        assertThat(payment(paymentId).path("refunds")).isEmpty();
    }

    // --- helpers

    private static String product(String prefix) {
        String sku = prefix + "-" + RANDOM.nextInt(1_000_000);
        shop.createProduct(sku);
        shop.createStock(sku, 1000);
        return sku;
    }

    private static String cart(String user, String sku, int quantity) {
        String cartId = cartId();
        var response = shop.send(asCustomer(user, "PUT", "/carts/" + cartId,
                "{\"lines\": [{\"sku\": \"" + sku + "\", \"quantity\": " + quantity + "}]}"));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return cartId;
    }

    private static List<JsonNode> orders(String user) {
        var response = shop.send(asCustomer(user, "GET", "/orders?limit=100", null));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        var items = new ArrayList<JsonNode>();
        json(response).path("items").forEach(items::add);
        return items;
    }

    private static HttpRequest.Builder checkout(String token, String key, String cartId, String extra) {
        return shop.request("POST", "/checkout", checkoutBody(cartId, extra))
                .header("Authorization", "Bearer " + token).header("Idempotency-Key", key);
    }

    private static String checkoutBody(String cartId, String extra) {
        return "{\"cartId\": \"" + cartId + "\", \"paymentMethod\": \"pm_sim_approve\""
                + (extra == null ? "" : ", " + extra) + "}";
    }

    private static HttpRequest.Builder asCustomer(String user, String method, String path, String json) {
        return shop.request(method, path, json).header("Authorization", "Bearer " + shop.userToken(user, true));
    }

    private static HttpRequest.Builder asService(String method, String path, String json) {
        return shop.request(method, path, json)
                .header("Authorization", "Bearer " + shop.service(ShopClient.PAYMENTS_AUDIENCE));
    }

    private static String authorisedPayment(long amount) {
        String body = """
                {"orderId": "%s", "customerId": "cus-api6", "amount": {"amount": %d, "currency": "EUR"},
                 "paymentMethod": "pm_sim_approve"}""".formatted(orderId(), amount);
        var authorised = shop.send(asService("POST", "/payments", body));
        assertThat(authorised.statusCode()).as(authorised.body()).isEqualTo(200);
        assertThat(json(authorised).path("status").asText()).isEqualTo("AUTHORISED");
        return json(authorised).path("paymentId").asText();
    }

    private static String capturedPayment(long amount) {
        String paymentId = authorisedPayment(amount);
        var captured = shop.send(asService("POST", "/payments/" + paymentId + "/capture", ""));
        assertThat(captured.statusCode()).as(captured.body()).isEqualTo(200);
        return paymentId;
    }

    private static JsonNode payment(String paymentId) {
        var response = shop.send(asService("GET", "/payments/" + paymentId, null));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response);
    }

    private static String refunds(String paymentId) {
        return "/payments/" + paymentId + "/refunds";
    }

    private static String refundBody(long amount) {
        return "{\"amount\": {\"amount\": " + amount + ", \"currency\": \"EUR\"}}";
    }

    /** An operator's refund (without MFA: requesting one needs none), under a new Idempotency-Key. */
    private static HttpRequest.Builder refund(String paymentId, long amount) {
        return shop.request("POST", refunds(paymentId), refundBody(amount))
                .header("Authorization", "Bearer " + shop.userToken("oscar", false))
                .header("Idempotency-Key", key());
    }

    private static String cartId() {
        return "api6-cart-" + UUID.randomUUID().toString().replace("-", "");
    }

    private static String key() {
        var bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String orderId() {
        var alphabet = "abcdefghijklmnopqrstuvwxyz234567";
        var id = new StringBuilder("ord_");
        for (int i = 0; i < 26; i++) {
            id.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return id.toString();
    }
}
