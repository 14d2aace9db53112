package com.cumulus.commerce.systemtests.security;

import static com.cumulus.commerce.systemtests.security.SecurityFixture.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

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
        String sku = SecurityFixture.SEEDED_SKU;
        return Stream.of(
                Arguments.of("PUT", "/products/FLA-1", SecurityFixture.productJson("FLA-1", 100)),
                Arguments.of("PATCH", "/products/" + sku, "{\"title\": \"Cheaper\"}"),
                Arguments.of("POST", "/stock/" + sku + "/adjustments", "{\"delta\": -1, \"reason\": \"sold\"}"));
    }

    static Stream<Arguments> otherCallersOnManagerRoutes() {
        Stream<Arguments> callers = Stream.of(
                Arguments.of("customer", (Function<SecurityFixture, String>) f -> f.userToken("alice", false)),
                Arguments.of("customer after MFA", (Function<SecurityFixture, String>) f -> f.userToken("bob", true)),
                Arguments.of("operator", (Function<SecurityFixture, String>) f -> f.userToken("oscar", true)),
                Arguments.of("service", (Function<SecurityFixture, String>) f ->
                        f.issuer().serviceToken("cumulus-orders", "api://cumulus-catalog")));
        return callers.flatMap(caller -> managerRoutes().map(route -> Arguments.of(
                caller.get()[0], caller.get()[1], route.get()[0], route.get()[1], route.get()[2])));
    }

    @ParameterizedTest(name = "{0}: {2} {3} -> 403")
    @MethodSource("otherCallersOnManagerRoutes")
    void callersWithoutTheManagerRoleAreForbidden(String who, Function<SecurityFixture, String> token,
            String method, String path, String body) {
        var response = devhost.send(devhost.request(method, path, body)
                .header("Authorization", "Bearer " + token.apply(devhost)));

        assertProblem(response, 403);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(challenge ->
                assertThat(challenge).contains("error=\"insufficient_scope\""));
    }

    @ParameterizedTest(name = "carol: {0} {1} is let through")
    @MethodSource("managerRoutes")
    void theCatalogManagerIsLetThrough(String method, String path, String body) {
        var response = devhost.send(devhost.asManager(method, path, body));

        // without If-Match a change to a seeded resource is 428: the function ran and answered on its merits
        assertThat(response.statusCode()).as(response.body()).isIn(200, 201, 428);
    }

    @Test
    void forbiddenCallsChangeNothing() {
        var before = devhost.get("/stock/" + SecurityFixture.SEEDED_SKU);
        String etag = before.headers().firstValue("ETag").orElseThrow();

        var refused = devhost.send(devhost.request("POST", "/stock/" + SecurityFixture.SEEDED_SKU + "/adjustments",
                        "{\"delta\": 1000, \"reason\": \"gift\"}")
                .header("If-Match", etag)
                .header("Authorization", "Bearer " + devhost.userToken("alice", true)));

        assertThat(refused.statusCode()).isEqualTo(403);
        var after = devhost.get("/stock/" + SecurityFixture.SEEDED_SKU);
        assertThat(after.headers().firstValue("ETag")).hasValue(etag);
        assertThat(SecurityFixture.json(after).get("onHand")).isEqualTo(SecurityFixture.json(before).get("onHand"));
    }

    @Test
    void aCustomersTokenDoesNotOpenTheHostsAdminRoute() {
        var response = devhost.send(devhost.request("GET", devhost.root("/admin/host/status"), null)
                .header("Authorization", "Bearer " + devhost.userToken("alice", true)));

        assertProblem(response, 401);
    }
}
