package com.cumulus.commerce.devhost.workflows;

import com.cumulus.commerce.platform.documents.InvalidContinuationTokenException;
import com.cumulus.commerce.platform.http.Json;
import com.cumulus.commerce.platform.http.Problem;
import com.cumulus.commerce.platform.http.Problems;
import com.cumulus.commerce.platform.http.QueryString;
import com.cumulus.commerce.platform.identity.AccessDecision;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * devhost's own workflow routes: the Request trigger callback
 * {@code POST /api/{workflow}/triggers/{trigger}/invoke?sig=...} and the operator's run history under
 * {@code /api/ops/workflows}. Until workflows start, every request goes on to the functions.
 */
final class WorkflowEndpoints extends Handler.Abstract {

    private static final long RESPONSE_WAIT_SECONDS = 230;
    private static final int MAX_BODY_BYTES = 1_048_576;
    private static final Set<String> STATUSES = Set.of("Running", "Succeeded", "Failed", "Cancelled");

    private final String prefix;
    private volatile WorkflowHost host;

    WorkflowEndpoints(String routePrefix) {
        this.prefix = routePrefix.isEmpty() ? "" : "/" + routePrefix;
    }

    void attach(WorkflowHost workflows) {
        this.host = workflows;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        var current = host;
        var path = request.getHttpURI().getCanonicalPath();
        if (current == null || path == null || !path.startsWith(prefix + "/")) {
            return false;
        }
        var segments = List.of(path.substring(prefix.length() + 1).split("/"));
        if (segments.size() == 4 && segments.get(1).equals("triggers") && segments.get(3).equals("invoke")
                && current.workflow(segments.get(0)) != null) {
            if (!request.getMethod().equals("POST")) {
                response.getHeaders().put("Allow", "POST");
                JettyAnswers.problem(response, callback, Problems.methodNotAllowed(request.getMethod(), path), Map.of());
            } else {
                invoke(current, segments.get(0), segments.get(2), request, response, callback);
            }
            return true;
        }
        if (segments.size() >= 2 && segments.get(0).equals("ops") && segments.get(1).equals("workflows")) {
            ops(current, segments, path, request, response, callback);
            return true;
        }
        return false;
    }

    private void invoke(WorkflowHost current, String name, String triggerName, Request request, Response response,
            Callback callback) throws IOException {
        var workflow = current.workflow(name);
        // read (bounded) before any early answer: a client still sending when the server answers and closes
        // sees a broken pipe instead of the 401 or 404
        var bytes = Content.Source.asInputStream(request).readNBytes(MAX_BODY_BYTES + 1);
        var query = QueryString.parse(request.getHttpURI().getQuery());
        var sig = value(query, "sig");
        var path = request.getHttpURI().getPath();
        if (!current.keys().accepts(name, sig)) {
            JettyAnswers.problem(response, callback, Problems.unauthorized(
                    "the 'sig' query parameter is missing or wrong").withInstance(path), Map.of());
            return;
        }
        if (!triggerName.equals(workflow.triggerName()) || !workflow.trigger().path("type").asText().equals("Request")) {
            JettyAnswers.problem(response, callback, Problems.notFound("workflow '" + name
                    + "' has no Request trigger named '" + triggerName + "'").withInstance(path), Map.of());
            return;
        }
        if (bytes.length > MAX_BODY_BYTES) {
            JettyAnswers.problem(response, callback, Problems.payloadTooLarge(MAX_BODY_BYTES), Map.of());
            return;
        }
        var contentType = request.getHeaders().get("Content-Type");
        JsonNode body;
        var text = new String(bytes, StandardCharsets.UTF_8);
        if (text.isEmpty()) {
            body = JsonNodeFactory.instance.nullNode();
        } else if (contentType != null && contentType.contains("json")) {
            try {
                body = Json.mapper().readTree(text);
            } catch (IOException e) {
                JettyAnswers.problem(response, callback, Problems.malformedJson("the body is not valid JSON")
                        .withInstance(path), Map.of());
                return;
            }
        } else {
            body = JsonNodeFactory.instance.textNode(text);
        }
        var outputs = JsonNodeFactory.instance.objectNode();
        var headers = outputs.putObject("headers");
        request.getHeaders().forEach(field -> {
            if (!field.getName().equalsIgnoreCase("Authorization")) {
                headers.put(field.getName(), field.getValue());
            }
        });
        outputs.set("body", body);
        var queries = outputs.putObject("queries");
        query.forEach(parameter -> {
            if (!parameter.name().equals("sig")) {
                queries.put(parameter.name(), parameter.value());
            }
        });
        var started = current.engine().start(workflow, WorkflowEngine.triggerRecord(triggerName,
                JsonNodeFactory.instance.objectNode(), outputs, current.engine().parts().clock().get()),
                request.getHeaders().get("traceparent"), workflow.hasResponse());
        var runHeader = Map.of("x-ms-workflow-run-id", started.runId());
        if (started.response() == null) {
            response.getHeaders().put("x-ms-workflow-run-id", started.runId());
            JettyAnswers.write(response, callback, 202, null, null);
            return;
        }
        JsonNode answer;
        try {
            answer = started.response().get(RESPONSE_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            answer = null;
        } catch (ExecutionException | TimeoutException e) {
            answer = null;
        }
        if (answer == null) {
            JettyAnswers.problem(response, callback, Problem.of("no-workflow-response", "No workflow response", 502,
                    "the run ended or timed out before its Response action ran").withInstance(path), runHeader);
            return;
        }
        var answerHeaders = new LinkedHashMap<String, String>(runHeader);
        answer.path("headers").fields().forEachRemaining(entry -> answerHeaders.put(entry.getKey(),
                HttpAction.text(entry.getValue())));
        var status = answer.path("statusCode").asInt(200);
        var responseBody = answer.path("body");
        if (responseBody.isMissingNode() || responseBody.isNull()) {
            answerHeaders.forEach((n, v) -> response.getHeaders().put(n, v));
            JettyAnswers.write(response, callback, status, null, null);
        } else if (responseBody.isTextual()) {
            answerHeaders.forEach((n, v) -> response.getHeaders().put(n, v));
            JettyAnswers.write(response, callback, status, answerHeaders.getOrDefault("Content-Type",
                    "text/plain; charset=utf-8"), responseBody.asText());
        } else {
            JettyAnswers.json(response, callback, status, responseBody.toString(), answerHeaders);
        }
    }

    /** Any path under {@code ops/workflows}: 405 for a method but GET, then the operator check, then the route. */
    private void ops(WorkflowHost current, List<String> segments, String path, Request request, Response response,
            Callback callback) {
        if (!request.getMethod().equals("GET")) {
            response.getHeaders().put("Allow", "GET");
            JettyAnswers.problem(response, callback, Problems.methodNotAllowed(request.getMethod(), path), Map.of());
            return;
        }
        var decision = current.access().decide(request.getHeaders().get("Authorization"), OperatorAccess.INSTANCE,
                null);
        if (decision instanceof AccessDecision.Refused refused) {
            JettyAnswers.problem(response, callback, refused.problem().withInstance(path),
                    Map.of("WWW-Authenticate", refused.wwwAuthenticate()));
            return;
        }
        try {
            var match = OperatorRoute.match(segments);
            if (match.isEmpty()) {
                JettyAnswers.problem(response, callback, Problems.notFound(segments.size() > 2
                        && current.workflow(segments.get(2)) == null ? "no workflow named '" + segments.get(2) + "'"
                        : "no such route").withInstance(path), Map.of());
                return;
            }
            if (match.get().route() == OperatorRoute.WORKFLOWS) {
                JettyAnswers.json(response, callback, 200, current.overview().toString(), Map.of());
                return;
            }
            var name = match.get().values().get("workflow");
            var workflow = current.workflow(name);
            if (workflow == null) {
                JettyAnswers.problem(response, callback, Problems.notFound("no workflow named '" + name + "'")
                        .withInstance(path), Map.of());
                return;
            }
            if (match.get().route() == OperatorRoute.RUN) {
                var runId = match.get().values().get("runId");
                var run = current.engine().parts().store().load(workflow.name(), runId);
                if (run.isEmpty()) {
                    JettyAnswers.problem(response, callback, Problems.notFound("workflow '" + workflow.name()
                            + "' has no run '" + runId + "'").withInstance(path), Map.of());
                } else {
                    JettyAnswers.json(response, callback, 200,
                            RunView.detail(run.get().snapshot(), workflow).toString(), Map.of());
                }
                return;
            }
            runs(current, workflow, path, request, response, callback);
        } catch (InvalidContinuationTokenException e) {
            JettyAnswers.problem(response, callback, Problems.invalidContinuationToken().withInstance(path), Map.of());
        }
    }

    private void runs(WorkflowHost current, WorkflowDefinition workflow, String path, Request request,
            Response response, Callback callback) {
        var query = QueryString.parse(request.getHttpURI().getQuery());
        var notText = query.stream().filter(parameter -> !parameter.text()).findFirst();
        if (notText.isPresent()) {
            JettyAnswers.problem(response, callback, Problems.queryParameterNotText(notText.get().name())
                    .withInstance(path), Map.of());
            return;
        }
        var status = value(query, "status");
        if (status != null && !STATUSES.contains(status)) {
            JettyAnswers.problem(response, callback, Problems.invalidRequest("'status' must be one of " + STATUSES)
                    .withInstance(path), Map.of());
            return;
        }
        int limit;
        try {
            limit = value(query, "limit") == null ? 50 : Integer.parseInt(value(query, "limit"));
        } catch (NumberFormatException e) {
            limit = -1;
        }
        if (limit < 1 || limit > 1000) {
            JettyAnswers.problem(response, callback, Problems.invalidRequest("'limit' must be an integer from 1 to 1000")
                    .withInstance(path), Map.of());
            return;
        }
        var page = current.engine().parts().store().page(workflow.name(), status, limit,
                value(query, "continuationToken"));
        var answer = JsonNodeFactory.instance.objectNode();
        var items = answer.putArray("items");
        page.items().forEach(run -> items.add(RunView.summary(run)));
        page.next().ifPresent(token -> answer.put("continuationToken", token));
        JettyAnswers.json(response, callback, 200, answer.toString(), Map.of());
    }

    /** The first value of a parameter, or null. */
    private static String value(List<QueryString.Parameter> query, String name) {
        return query.stream().filter(parameter -> parameter.name().equals(name)).map(QueryString.Parameter::value)
                .findFirst().orElse(null);
    }
}
