package com.cumulus.commerce.devhost.workflows;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The operators' workflow routes devhost serves under the route prefix (bearer token, role
 * {@code Commerce.Operate}). {@link WorkflowEndpoints} routes by these and nothing else, the start-up listing
 * names them, and the OpenAPI checks read them, so a route cannot be served without being documented.
 */
public enum OperatorRoute {

    WORKFLOWS("ops/workflows", "ListWorkflows"),
    RUNS("ops/workflows/{workflow}/runs", "ListWorkflowRuns"),
    RUN("ops/workflows/{workflow}/runs/{runId}", "GetWorkflowRun");

    private final String template;
    private final String operationId;

    OperatorRoute(String template, String operationId) {
        this.template = template;
        this.operationId = operationId;
    }

    /** Every operator route reads; other methods get 405. */
    public String method() {
        return "GET";
    }

    /** The route below the prefix, parameters in braces. */
    public String template() {
        return template;
    }

    /** The operation's name in {@code openapi.yaml}. */
    public String operationId() {
        return operationId;
    }

    /** The route these path segments (below the prefix) name, with the values of its parameters. */
    static Optional<Match> match(List<String> segments) {
        for (var route : values()) {
            var parts = route.template.split("/");
            if (parts.length != segments.size()) {
                continue;
            }
            var values = new TreeMap<String, String>();
            boolean matches = true;
            for (int i = 0; i < parts.length && matches; i++) {
                if (parts[i].startsWith("{")) {
                    values.put(parts[i].substring(1, parts[i].length() - 1), segments.get(i));
                } else {
                    matches = parts[i].equals(segments.get(i));
                }
            }
            if (matches) {
                return Optional.of(new Match(route, values));
            }
        }
        return Optional.empty();
    }

    /** The start-up listing's line for the route, as the functions' routes are listed. */
    String describe(String routePrefix) {
        var prefix = routePrefix.isEmpty() ? "" : "/" + routePrefix;
        return String.format("%-12s %s/%s (%s, %s)", method(), prefix, template, operationId, "OPERATOR");
    }

    record Match(OperatorRoute route, Map<String, String> values) {
    }
}
