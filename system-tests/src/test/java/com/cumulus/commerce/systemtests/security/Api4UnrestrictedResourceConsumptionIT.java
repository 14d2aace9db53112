package com.cumulus.commerce.systemtests.security;

import static com.cumulus.commerce.systemtests.ShopClient.assertProblem;
import static com.cumulus.commerce.systemtests.ShopClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.cumulus.commerce.systemtests.ShopClient;
import com.cumulus.commerce.systemtests.ShopTest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * API4:2023 Unrestricted Resource Consumption: page sizes, query text and request bodies are capped, and a
 * burst from one address beyond its per-minute budget gets 429 with {@code Retry-After}. Every request from
 * this test shares one per-IP bucket of {@value #PER_IP_PER_MINUTE}, so the bursts run last and the earlier
 * tests stay well inside it.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ShopTest(settings = "RATE_LIMIT_PER_IP_PER_MINUTE=" + Api4UnrestrictedResourceConsumptionIT.PER_IP_PER_MINUTE)
class Api4UnrestrictedResourceConsumptionIT extends SecuritySuite {

    static final int PER_IP_PER_MINUTE = 10;

    @Test
    @Order(1)
    void aPageOfAThousandIsRefused() {
        var problem = assertProblem(shop.get("/products?limit=1000"), 400);

        assertThat(problem.get("detail").asText()).contains("limit");
    }

    @Test
    @Order(2)
    void aPageJustOverTheCapIsRefusedAndOneAtTheCapIsServedWhole() {
        assertProblem(shop.get("/products?limit=101"), 400);

        var page = shop.get("/products?limit=100");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(json(page).get("items").size()).isLessThanOrEqualTo(100);
    }

    @Test
    @Order(3)
    void searchTextOverTheCapIsRefused() {
        assertProblem(shop.get("/products?q=" + "a".repeat(101)), 400);
    }

    @Test
    @Order(4)
    void aBodyOverOneMebibyteIsRefusedBeforeAnyFunctionRuns() {
        String huge = "{\"description\": \"" + "x".repeat(1 << 20) + "\"}";

        assertProblem(shop.sendOnOwnConnection(shop.asManager("PUT", "/products/BIG-1", huge)), 413);
        assertThat(shop.get("/products/BIG-1").statusCode()).isEqualTo(404);
    }

    @Test
    @Order(10)
    void aBurstBeyondThePerIpLimitGets429WithRetryAfter() {
        List<HttpResponse<String>> answers = burst(false);

        assertThat(answers.stream().filter(r -> r.statusCode() == 200).count()).isLessThanOrEqualTo(PER_IP_PER_MINUTE);
        var refused = answers.get(answers.size() - 1);
        var problem = assertProblem(refused, 429);
        assertThat(problem.get("title").asText()).isEqualTo("Too many requests");
        assertThat(refused.headers().firstValue("Retry-After")).hasValueSatisfying(seconds ->
                assertThat(Integer.parseInt(seconds)).isBetween(1, 60));
    }

    @Test
    @Order(11)
    void claimingAnotherAddressInXForwardedForDoesNotEscapeTheLimit() {
        List<HttpResponse<String>> answers = burst(true);

        assertThat(answers.stream().filter(r -> r.statusCode() == 200).count()).isLessThanOrEqualTo(PER_IP_PER_MINUTE);
        assertProblem(answers.get(answers.size() - 1), 429);
    }

    /** Twice the budget of anonymous reads, each claiming another client address when asked to. */
    private static List<HttpResponse<String>> burst(boolean claimOtherAddresses) {
        List<HttpResponse<String>> answers = new ArrayList<>();
        for (int i = 0; i < 2 * PER_IP_PER_MINUTE; i++) {
            var request = shop.request("GET", "/products/" + ShopClient.SEEDED_SKU, null);
            if (claimOtherAddresses) {
                request.header("X-Forwarded-For", "203.0.113." + (i + 1));
            }
            answers.add(shop.send(request));
        }
        return answers;
    }
}
