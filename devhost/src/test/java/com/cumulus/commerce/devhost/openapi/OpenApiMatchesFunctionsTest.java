package com.cumulus.commerce.devhost.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Holds {@code openapi.yaml} to the HTTP functions and devhost's own routes under the prefix (the operators'
 * workflow routes): the same routes both ways, named alike, errors as problems.
 */
class OpenApiMatchesFunctionsTest {

    private static final String PROBLEM_JSON = "application/problem+json";

    private static SwaggerParseResult parsed;
    private static OpenAPI api;
    private static List<ApiOperation> served;
    private static List<ApiOperation> documented;

    @BeforeAll
    static void readBothSides() {
        parsed = OpenApiDocument.parse();
        api = parsed.getOpenAPI();
        assertThat(api).as("openapi.yaml parsed (messages: %s)", parsed.getMessages()).isNotNull();
        served = new ArrayList<>(HttpFunctionOperations.scan());
        served.addAll(HttpFunctionOperations.hostRoutes());
        documented = OpenApiDocument.operations(api).stream().map(op -> op.asApiOperation(api)).toList();
    }

    @Test
    void documentIsOpenApi31WithoutParserMessages() {
        assertThat(parsed.getMessages()).as("swagger-parser messages for " + OpenApiDocument.LOCATION).isEmpty();
        assertThat(api.getOpenapi()).isEqualTo("3.1.0");
        assertThat(api.getServers()).extracting(server -> server.getUrl()).contains("http://127.0.0.1:7071/api");
    }

    @Test
    void scanFindsTheCatalogFunctionsAndNoneOfDevhostsSamples() {
        assertThat(served).extracting(ApiOperation::route).contains("GET /products", "PATCH /products/{sku}");
        assertThat(served).extracting(ApiOperation::name).doesNotHaveDuplicates()
                .doesNotContain("listProducts", "secured", "relayFanOut");
    }

    @Test
    void theHostsOwnOperatorRoutesCountAsServed() {
        assertThat(served).extracting(ApiOperation::route).contains("GET /ops/workflows",
                "GET /ops/workflows/{workflow}/runs", "GET /ops/workflows/{workflow}/runs/{runId}");
    }

    @Test
    void everyServedRouteIsDocumentedAndEveryDocumentedRouteIsServed() {
        var servedRoutes = routes(served);
        var documentedRoutes = routes(documented);
        var missing = minus(servedRoutes, documentedRoutes);
        var extra = minus(documentedRoutes, servedRoutes);
        assertThat(missing.isEmpty() && extra.isEmpty())
                .withFailMessage("openapi.yaml and the functions disagree%n"
                        + "  served by a function but missing from openapi.yaml: %s%n"
                        + "  in openapi.yaml but served by no function: %s", missing, extra)
                .isTrue();
    }

    @Test
    void everyOperationIdIsTheNameOfTheFunctionServingIt() {
        var functionByRoute = byRoute(served);
        var wrong = new ArrayList<String>();
        for (var operation : documented) {
            var function = functionByRoute.get(operation.route());
            if (function != null && !function.name().equals(operation.name())) {
                wrong.add(operation.route() + " has operationId " + operation.name() + ", function " + function.name());
            }
        }
        assertThat(wrong).as("operationIds that are not the function's name").isEmpty();
    }

    @Test
    void everyRouteDocumentsTheCredentialItsFunctionAsksFor() {
        var functionByRoute = byRoute(served);
        var wrong = documented.stream()
                .filter(op -> functionByRoute.containsKey(op.route()))
                .filter(op -> !functionByRoute.get(op.route()).security().equals(op.security()))
                .map(op -> op.route() + " documents " + op.security() + " but the function asks for "
                        + functionByRoute.get(op.route()).security())
                .toList();
        assertThat(wrong).as("security in openapi.yaml that differs from the function's authLevel and @Access")
                .isEmpty();
    }

    @Test
    void everyHttpFunctionDeclaresAnAccessPolicy() {
        var undeclared = served.stream()
                .filter(op -> op.security().equals(ApiOperation.UNDECLARED))
                .map(op -> op.name() + " (" + op.route() + ")")
                .toList();
        assertThat(served).isNotEmpty();
        assertThat(undeclared).as("HTTP functions without @Access").isEmpty();
    }

    @Test
    void everyErrorResponseIsAProblemJson() {
        var wrong = new ArrayList<String>();
        for (var documented : OpenApiDocument.operations(api)) {
            documented.operation().getResponses().forEach((status, response) -> {
                var error = status.startsWith("4") || status.startsWith("5") || status.equals("default");
                var content = response.getContent();
                if (error && (content == null || !content.keySet().equals(Set.of(PROBLEM_JSON)))) {
                    wrong.add(documented.method() + " " + documented.path() + " " + status + " -> "
                            + (content == null ? "no content" : content.keySet()));
                }
            });
        }
        assertThat(wrong).as("error responses not (only) " + PROBLEM_JSON).isEmpty();
    }

    private static Set<String> routes(List<ApiOperation> operations) {
        return operations.stream().map(ApiOperation::route).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Map<String, ApiOperation> byRoute(List<ApiOperation> operations) {
        return operations.stream().collect(Collectors.toMap(ApiOperation::route, Function.identity()));
    }

    private static Set<String> minus(Set<String> from, Set<String> taken) {
        var left = new TreeSet<>(from);
        left.removeAll(taken);
        return left;
    }
}
