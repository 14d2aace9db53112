package com.cumulus.commerce.systemtests.security;

import static com.cumulus.commerce.systemtests.security.SecurityFixture.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a hostile client sends that no single Top 10 risk names: JSON bodies nested past the parser's limit on
 * every kind of route that reads one. Each is a 400 problem, never a 500 or a stack trace.
 */
class HostileInputIT extends SecuritySuite {

    private static final SecureRandom RANDOM = new SecureRandom();

    @ParameterizedTest(name = "{0} levels")
    @ValueSource(ints = {1_001, 100_000})
    void aBodyNestedPastTheParsersLimitIsMalformedJsonOnEveryRouteThatReadsOne(int depth) {
        String objects = nestedObjects(depth);
        String arrays = "{\"lines\": " + "[".repeat(depth - 1) + "]".repeat(depth - 1) + "}";
        for (String body : new String[] {objects, arrays}) {
            assertMalformedJson(devhost.send(devhost.request("POST", "/checkout", body)
                    .header("Authorization", "Bearer " + devhost.userToken("alice", true))
                    .header("Idempotency-Key", UUID.randomUUID().toString())));
            assertMalformedJson(devhost.send(devhost.request("PUT", "/carts/" + cartId(), body)));
            assertMalformedJson(devhost.send(devhost.asManager("POST", "/stock/" + SecurityFixture.SEEDED_SKU
                    + "/adjustments", body).header("If-Match", "\"any\"")));
            assertMalformedJson(devhost.send(devhost.request("POST", "/orders/" + orderId() + "/saga", body)
                    .header("Authorization", "Bearer " + devhost.serviceToken("api://cumulus-orders"))));
            assertMalformedJson(devhost.send(devhost.request("POST", "/payments", body)
                    .header("Authorization", "Bearer " + devhost.serviceToken(SecurityFixture.PAYMENTS_AUDIENCE))));
        }
    }

    @ParameterizedTest(name = "{0} levels")
    @ValueSource(ints = {999, 1_000})
    void aBodyNestedUpToTheLimitIsReadAndJudgedOnItsContent(int depth) {
        var response = devhost.send(devhost.asManager("POST", "/stock/" + SecurityFixture.SEEDED_SKU
                + "/adjustments", nestedObjects(depth)).header("If-Match", "\"any\""));

        var problem = assertProblem(response, 400);
        assertThat(problem.path("type").asText()).endsWith("/invalid-request");
        assertThat(problem.path("detail").asText()).contains("a: is not a known property");
    }

    private static void assertMalformedJson(HttpResponse<String> response) {
        var problem = assertProblem(response, 400);
        assertThat(problem.path("type").asText()).endsWith("/malformed-json");
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("com.cumulus");
    }

    static String nestedObjects(int depth) {
        return "{\"a\": ".repeat(depth - 1) + "{}" + "}".repeat(depth - 1);
    }

    private static String cartId() {
        var bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String orderId() {
        var alphabet = "abcdefghijklmnopqrstuvwxyz234567";
        var id = new StringBuilder("ord_");
        for (int i = 0; i < 26; i++) {
            id.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return id.toString();
    }
}
