package com.cumulus.commerce.systemtests.security;

import static com.cumulus.commerce.systemtests.ShopClient.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.cumulus.commerce.systemtests.ShopClient;
import com.cumulus.commerce.systemtests.ShopHost;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * API5:2023 Broken Function Level Authorization: the catalog manager's routes refuse every other valid
 * caller (customers with or without MFA, operators, services) with 403 {@code insufficient_scope}, while the
 * manager gets a business answer; a bearer token never stands in for the host's master key.
 */
class Api5BrokenFunctionLevelAuthorizationIT extends SecuritySuite {

    /** Each manager route with a body its function would accept. */
    static Stream<Arguments> managerRoutes() {
        String sku = ShopClient.SEEDED_SKU;
        return Stream.of(
                Arguments.of("PUT", "/products/FLA-1", ShopClient.productJson("FLA-1", 100)),
                Arguments.of("PATCH", "/products/" + sku, "{\"title\": \"Cheaper\"}"),
                Arguments.of("POST", "/stock/" + sku + "/adjustments", "{\"delta\": -1, \"reason\": \"sold\"}"));
    }

    static Stream<Arguments> otherCallersOnManagerRoutes() {
        Stream<Arguments> callers = Stream.of(
                Arguments.of("customer", (Function<ShopHost, String>) f -> f.client().userToken("alice", false)),
                Arguments.of("customer after MFA", (Function<ShopHost, String>) f -> f.client().userToken("bob", true)),
                Arguments.of("operator", (Function<ShopHost, String>) f -> f.client().userToken("oscar", true)),
                Arguments.of("service", (Function<ShopHost, String>) f ->
                        f.issuer().serviceToken("cumulus-orders", "api://cumulus-catalog")));
        return callers.flatMap(caller -> managerRoutes().map(route -> Arguments.of(
                caller.get()[0], caller.get()[1], route.get()[0], route.get()[1], route.get()[2])));
    }

    @ParameterizedTest(name = "{0}: {2} {3} -> 403")
    @MethodSource("otherCallersOnManagerRoutes")
    void callersWithoutTheManagerRoleAreForbidden(String who, Function<ShopHost, String> token,
            String method, String path, String body) {
        var response = shop.send(shop.request(method, path, body)
                .header("Authorization", "Bearer " + token.apply(devhost)));

        assertProblem(response, 403);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(challenge ->
                assertThat(challenge).contains("error=\"insufficient_scope\""));
    }

    @ParameterizedTest(name = "carol: {0} {1} is let through")
    @MethodSource("managerRoutes")
    void theCatalogManagerIsLetThrough(String method, String path, String body) {
        var response = shop.send(shop.asManager(method, path, body));

        // without If-Match a change to a seeded resource is 428: the function ran and answered on its merits
        assertThat(response.statusCode()).as(response.body()).isIn(200, 201, 428);
    }

    @Test
    void forbiddenCallsChangeNothing() {
        var before = shop.get("/stock/" + ShopClient.SEEDED_SKU);
        String etag = before.headers().firstValue("ETag").orElseThrow();

        var refused = shop.send(shop.request("POST", "/stock/" + ShopClient.SEEDED_SKU + "/adjustments",
                        "{\"delta\": 1000, \"reason\": \"gift\"}")
                .header("If-Match", etag)
                .header("Authorization", "Bearer " + shop.userToken("alice", true)));

        assertThat(refused.statusCode()).isEqualTo(403);
        var after = shop.get("/stock/" + ShopClient.SEEDED_SKU);
        assertThat(after.headers().firstValue("ETag")).hasValue(etag);
        assertThat(ShopClient.json(after).get("onHand")).isEqualTo(ShopClient.json(before).get("onHand"));
    }

    @Test
    void aCustomersTokenDoesNotOpenTheHostsAdminRoute() {
        var response = shop.send(shop.request("GET", shop.root("/admin/host/status"), null)
                .header("Authorization", "Bearer " + shop.userToken("alice", true)));

        assertProblem(response, 401);
    }
}
