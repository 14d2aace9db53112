package com.cumulus.commerce.devhost.openapi;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** {@code openapi.yaml} at the root of the repository, parsed with every {@code $ref} resolved in place. */
final class OpenApiDocument {

    static final Path LOCATION = Path.of("").toAbsolutePath().getParent().resolve("openapi.yaml");
    static final List<String> KEY_SCHEMES = List.of("functionKey", "functionKeyQuery");
    static final String BEARER_SCHEME = "bearer";

    private OpenApiDocument() {
    }

    /** An operation of the document where it stands: its method and path. */
    record Documented(String method, String path, Operation operation) {

        ApiOperation asApiOperation(OpenAPI api) {
            return new ApiOperation(method, path, operation.getOperationId(), security(api, operation));
        }
    }

    static SwaggerParseResult parse() {
        var options = new ParseOptions();
        options.setResolve(true);
        options.setResolveFully(true);
        return new OpenAPIV3Parser().readLocation(LOCATION.toUri().toString(), null, options);
    }

    static List<Documented> operations(OpenAPI api) {
        var operations = new ArrayList<Documented>();
        api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) ->
                operations.add(new Documented(method.name().toUpperCase(Locale.ROOT), path, operation))));
        return operations;
    }

    /** What every way the document allows to call the operation asks for; mixed requirements never match. */
    private static String security(OpenAPI api, Operation operation) {
        var requirements = operation.getSecurity() != null ? operation.getSecurity() : api.getSecurity();
        if (requirements == null || requirements.isEmpty()) {
            return ApiOperation.NONE;
        }
        var schemes = requirements.stream().map(Map::keySet).toList();
        if (schemes.stream().allMatch(names -> names.stream().anyMatch(KEY_SCHEMES::contains))) {
            return ApiOperation.FUNCTION_KEY;
        }
        if (schemes.stream().allMatch(names -> names.contains(BEARER_SCHEME))) {
            return ApiOperation.BEARER;
        }
        if (schemes.size() == 2 && schemes.contains(java.util.Set.of()) && schemes.contains(java.util.Set.of(BEARER_SCHEME))) {
            return ApiOperation.OPTIONAL_BEARER;
        }
        return "mixed: " + schemes;
    }
}
