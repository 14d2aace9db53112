package com.cumulus.commerce.systemtests.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.cumulus.commerce.systemtests.ShopClient;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * API9:2023 Improper Inventory Management: {@code openapi.yaml} is the whole inventory of the running host.
 * Every documented operation, called on its example path, is answered by a function with a status the
 * document lists; every route devhost lists at start-up is documented; and a documented path refuses the
 * methods the document does not give it. ({@code OpenApiMatchesFunctionsTest} holds the same file to the
 * function annotations; this test holds it to what actually listens.)
 */
class Api9ImproperInventoryManagementIT extends SecuritySuite {

    private static final List<String> METHODS = List.of("GET", "PUT", "POST", "PATCH", "DELETE");
    // devhost's start-up listing: "GET          /api/products/{sku} (GetProduct, ANONYMOUS)"
    private static final Pattern LISTED_ROUTE = Pattern.compile("^\\s*([A-Z,*]+)\\s+/api(/\\S*) \\((\\w+), \\w+\\)$");

    private static OpenAPI api;

    @BeforeAll
    static void parseOpenApi() {
        var options = new ParseOptions();
        options.setResolveFully(true);
        var location = Path.of("").toAbsolutePath().getParent().resolve("openapi.yaml");
        api = new OpenAPIV3Parser().read(location.toUri().toString(), null, options);
        assertThat(api).as("openapi.yaml parses").isNotNull();
    }

    @Test
    void everyDocumentedOperationIsServedWithAStatusItDocuments() {
        var wrong = new ArrayList<String>();
        documented().forEach(op -> {
            var path = op.examplePath();
            var response = shop.send(shop.request(op.method(), path, op.method().equals("GET") ? null : "{}"));
            var status = Integer.toString(response.statusCode());
            if (!op.operation().getResponses().containsKey(status)) {
                wrong.add(op.method() + " " + path + " answered " + status + ": " + response.body());
            }
        });
        assertThat(documented()).hasSizeGreaterThanOrEqualTo(5);
        assertThat(wrong).as("documented operations answered with an undocumented status").isEmpty();
    }

    @Test
    void everyRouteTheHostListsIsDocumented() {
        var listed = new TreeSet<String>();
        for (var line : devhost.startupLog()) {
            Matcher route = LISTED_ROUTE.matcher(line);
            if (route.matches()) {
                for (var method : route.group(1).split(",")) {
                    listed.add(method + " " + route.group(2).replaceAll("\\{(\\w+)[^}]*}", "{$1}"));
                }
            }
        }
        var documentedRoutes = new TreeSet<String>(documented().map(Documented::route).toList());

        assertThat(listed).as("routes in devhost's start-up listing").contains("GET /products");
        assertThat(listed).as("served but not in openapi.yaml").isSubsetOf(documentedRoutes);
    }

    @Test
    void aDocumentedPathRefusesEveryMethodTheDocumentDoesNotGiveIt() {
        api.getPaths().forEach((template, item) -> {
            Set<String> documentedMethods = new TreeSet<>();
            item.readOperationsMap().keySet().forEach(m -> documentedMethods.add(m.name().toUpperCase(Locale.ROOT)));
            var path = Documented.fill(template, item.getParameters());
            for (var method : METHODS) {
                if (!documentedMethods.contains(method)) {
                    // no body: the refusal must not depend on one, and an unread body can cost the connection
                    var response = shop.send(shop.request(method, path, null));
                    ShopClient.assertProblem(response, 405);
                    assertThat(response.headers().firstValue("Allow")).as(method + " " + path)
                            .hasValueSatisfying(allow -> assertThat(new TreeSet<>(List.of(allow.split(",\\s*"))))
                                    .isEqualTo(documentedMethods));
                }
            }
        });
    }

    private static Stream<Documented> documented() {
        var all = new ArrayList<Documented>();
        api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            var parameters = new ArrayList<Parameter>();
            if (item.getParameters() != null) {
                parameters.addAll(item.getParameters());
            }
            if (operation.getParameters() != null) {
                parameters.addAll(operation.getParameters());
            }
            all.add(new Documented(method.name().toUpperCase(Locale.ROOT), path, operation, parameters));
        }));
        return all.stream();
    }

    private record Documented(String method, String path, Operation operation, List<Parameter> parameters) {

        String route() {
            return method + " " + path;
        }

        String examplePath() {
            return fill(path, parameters);
        }

        /** The path with every parameter replaced by its documented example. */
        static String fill(String template, List<Parameter> parameters) {
            var filled = template;
            for (var parameter : parameters == null ? List.<Parameter>of() : parameters) {
                if ("path".equals(parameter.getIn())) {
                    var example = parameter.getExample() != null ? parameter.getExample()
                            : parameter.getSchema().getExample();
                    assertThat(example).as("example of path parameter " + parameter.getName()).isNotNull();
                    filled = filled.replace("{" + parameter.getName() + "}", example.toString());
                }
            }
            assertThat(filled).as("every parameter of " + template + " has an example").doesNotContain("{");
            return filled;
        }
    }
}
