package com.cumulus.commerce.devhost.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RouteTemplateTest {

    private static Map<String, String> match(String template, String path) {
        return RouteTemplate.parse(template).match(path.isEmpty() ? new String[0] : path.split("/"));
    }

    @Test
    void literalSegmentsMatchIgnoringCase() {
        assertThat(match("products/featured", "Products/FEATURED")).isEmpty();
        assertThat(match("products/featured", "products/other")).isNull();
    }

    @Test
    void parameterCapturesSegment() {
        assertThat(match("products/{sku}", "products/ABC-1")).containsEntry("sku", "ABC-1");
        assertThat(match("products/{sku}", "products")).isNull();
        assertThat(match("products/{sku}", "products/a/b")).isNull();
    }

    @Test
    void intAlphaAndGuidConstraintsFilterValues() {
        assertThat(match("items/{id:int}", "items/42")).containsEntry("id", "42");
        assertThat(match("items/{id:int}", "items/4x")).isNull();
        assertThat(match("items/{id:int}", "items/99999999999")).isNull();
        assertThat(match("items/{name:alpha}", "items/abc")).containsEntry("name", "abc");
        assertThat(match("items/{name:alpha}", "items/ab1")).isNull();
        assertThat(match("items/{id:guid}", "items/3f2504e0-4f89-11d3-9a0c-0305e82c3301")).isNotNull();
        assertThat(match("items/{id:guid}", "items/not-a-guid")).isNull();
    }

    @Test
    void lengthMinAndRegexConstraintsFilterValues() {
        assertThat(match("c/{code:length(3,5)}", "c/abcd")).isNotNull();
        assertThat(match("c/{code:length(3,5)}", "c/ab")).isNull();
        assertThat(match("c/{code:length(3,5)}", "c/abcdef")).isNull();
        assertThat(match("n/{n:min(1)}", "n/1")).isNotNull();
        assertThat(match("n/{n:min(1)}", "n/0")).isNull();
        assertThat(match("r/{slug:regex(^[a-z]+-[0-9]+$)}", "r/lamp-12")).containsEntry("slug", "lamp-12");
        assertThat(match("r/{slug:regex(^[a-z]+-[0-9]+$)}", "r/lamp")).isNull();
    }

    @Test
    void optionalParameterMayBeAbsent() {
        assertThat(match("orders/{id?}", "orders")).isEmpty();
        assertThat(match("orders/{id?}", "orders/7")).containsEntry("id", "7");
        assertThat(match("orders/{id:int?}", "orders/x")).isNull();
    }

    @Test
    void catchAllTakesTheRestOfThePath() {
        assertThat(match("files/{*path}", "files/a/b/c.txt")).containsEntry("path", "a/b/c.txt");
        assertThat(match("files/{*path}", "files")).containsEntry("path", "");
    }

    @Test
    void literalRoutesTakePrecedenceOverParametersAndCatchAlls() {
        var routes = new ArrayList<>(List.of(RouteTemplate.parse("products/{*rest}"), RouteTemplate.parse("products/{sku}"),
                RouteTemplate.parse("products/featured"), RouteTemplate.parse("products/{sku:int}")));

        routes.sort(null);

        assertThat(routes).extracting(RouteTemplate::text).containsExactly("products/featured",
                "products/{sku:int}", "products/{sku}", "products/{*rest}");
    }

    @Test
    void badTemplatesAreRejectedWithReason() {
        assertThatThrownBy(() -> RouteTemplate.parse("x/{id:bogus}")).hasMessageContaining("bogus");
        assertThatThrownBy(() -> RouteTemplate.parse("x/{*rest}/y")).hasMessageContaining("catch-all");
        assertThatThrownBy(() -> RouteTemplate.parse("x/{a}/{A}")).hasMessageContaining("twice");
        assertThatThrownBy(() -> RouteTemplate.parse("x/{id:length(a)}")).hasMessageContaining("bad number");
    }
}
