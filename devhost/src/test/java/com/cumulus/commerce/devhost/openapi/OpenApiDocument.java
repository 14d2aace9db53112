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

    private OpenApiDocument() {
    }

    /** An operation of the document where it stands: its method and path. */
    record Documented(String method, String path, Operation operation) {

        ApiOperation asApiOperation(OpenAPI api) {
            return new ApiOperation(method, path, operation.getOperationId(), needsKey(api, operation));
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

    /** True when every way the document allows to call the operation names a function key scheme. */
    private static boolean needsKey(OpenAPI api, Operation operation) {
        var requirements = operation.getSecurity() != null ? operation.getSecurity() : api.getSecurity();
        return requirements != null && !requirements.isEmpty() && requirements.stream()
                .map(Map::keySet)
                .allMatch(schemes -> schemes.stream().anyMatch(KEY_SCHEMES::contains));
    }
}
