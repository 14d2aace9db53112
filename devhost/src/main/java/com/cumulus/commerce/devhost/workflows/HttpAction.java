package com.cumulus.commerce.devhost.workflows;

import com.cumulus.commerce.platform.http.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The Http action: one request per attempt (with a per-attempt timeout), retried per the retry policy on 408,
 * 429, 5xx and connection errors; a non-2xx final answer fails the action with its status, headers and body.
 */
final class HttpAction {

    static final Duration ATTEMPT_TIMEOUT = Duration.ofSeconds(100);
    private static final Set<String> RESTRICTED = Set.of("connection", "content-length", "host", "expect", "upgrade");

    private final HttpClient client;
    private final ManagedIdentityTokens tokens;
    private final Supplier<Instant> clock;
    private final Sleeper sleeper;

    HttpAction(HttpClient client, ManagedIdentityTokens tokens, Supplier<Instant> clock, Sleeper sleeper) {
        this.client = client;
        this.tokens = tokens;
        this.clock = clock;
        this.sleeper = sleeper;
    }

    /** @param inputs the evaluated inputs; @param deadline when the action times out (null: never) */
    ActionOutcome call(JsonNode inputs, RetryPolicy policy, Instant deadline, String traceparent) {
        var recorded = inputs.deepCopy();
        if (recorded instanceof ObjectNode object && object.path("authentication").isObject()) {
            var auth = JsonNodeFactory.instance.objectNode();
            auth.put("type", inputs.path("authentication").path("type").asText());
            auth.put("audience", inputs.path("authentication").path("audience").asText());
            object.set("authentication", auth);
        }
        var history = JsonNodeFactory.instance.arrayNode();
        HttpRequest request;
        try {
            request = request(inputs, traceparent);
        } catch (IllegalArgumentException | IllegalStateException e) {
            return ActionOutcome.failed(recorded, "InvalidRequest", e.getMessage());
        }
        int retries = 0;
        while (true) {
            var started = clock.get();
            var timeout = deadline == null ? ATTEMPT_TIMEOUT
                    : min(ATTEMPT_TIMEOUT, Duration.between(started, deadline));
            if (timeout.isNegative() || timeout.isZero()) {
                return timedOut(recorded, history);
            }
            ObjectNode outputs = null;
            String failure = null;
            String code;
            try {
                var response = client.send(HttpRequest.newBuilder(request, (n, v) -> true).timeout(timeout).build(),
                        HttpResponse.BodyHandlers.ofString());
                outputs = outputs(response);
                code = Integer.toString(response.statusCode());
                if (response.statusCode() / 100 == 2) {
                    var done = ActionOutcome.succeeded(recorded, outputs);
                    if (!history.isEmpty()) {
                        done.extra().set("retryHistory", history);
                    }
                    return done;
                }
            } catch (HttpTimeoutException e) {
                code = "RequestTimeout";
                failure = "no answer within " + timeout.toMillis() + " ms";
            } catch (IOException e) {
                code = "ConnectionFailed";
                failure = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new RunInterrupted();
            }
            var retryable = outputs == null || RetryPolicy.retryable(outputs.path("statusCode").asInt());
            var attempt = JsonNodeFactory.instance.objectNode();
            attempt.put("startTime", started.toString());
            attempt.put("endTime", clock.get().toString());
            attempt.put("code", code);
            if (failure != null) {
                attempt.set("error", ActionOutcome.error(code, failure));
            }
            if (!retryable || retries >= policy.count()) {
                if (deadline != null && !clock.get().isBefore(deadline)) {
                    return timedOut(recorded, history);
                }
                var failed = outputs != null
                        ? new ActionOutcome("Failed", recorded, outputs, ActionOutcome.error(code,
                                "the request answered " + code), JsonNodeFactory.instance.objectNode())
                        : ActionOutcome.failed(recorded, code, failure);
                if (!history.isEmpty()) {
                    failed.extra().set("retryHistory", history);
                }
                return failed;
            }
            history.add(attempt);
            retries++;
            var wait = policy.delay(retries);
            if (deadline != null && clock.get().plus(wait).isAfter(deadline)) {
                return timedOut(recorded, history);
            }
            sleeper.sleep(wait);
        }
    }

    private HttpRequest request(JsonNode inputs, String traceparent) {
        var method = inputs.path("method").asText("GET").toUpperCase(java.util.Locale.ROOT);
        var uri = new StringBuilder(inputs.path("uri").asText());
        var queries = inputs.path("queries");
        if (queries.isObject() && !queries.isEmpty()) {
            var separator = uri.indexOf("?") < 0 ? '?' : '&';
            for (var it = queries.fields(); it.hasNext();) {
                var entry = it.next();
                uri.append(separator).append(URLEncoder.encode(entry.getKey(), StandardCharsets.UTF_8)).append('=')
                        .append(URLEncoder.encode(text(entry.getValue()), StandardCharsets.UTF_8));
                separator = '&';
            }
        }
        var builder = HttpRequest.newBuilder(URI.create(uri.toString()));
        boolean contentType = false;
        for (var it = inputs.path("headers").fields(); it.hasNext();) {
            var entry = it.next();
            if (RESTRICTED.contains(entry.getKey().toLowerCase(java.util.Locale.ROOT))) {
                continue;
            }
            contentType |= entry.getKey().equalsIgnoreCase("Content-Type");
            builder.header(entry.getKey(), text(entry.getValue()));
        }
        if (traceparent != null && !inputs.path("headers").has("traceparent")) {
            builder.header("traceparent", traceparent);
        }
        var auth = inputs.path("authentication");
        if (auth.path("type").asText().equals("ManagedServiceIdentity")) {
            builder.header("Authorization", "Bearer " + tokens.token(auth.path("audience").asText()));
        }
        var body = inputs.path("body");
        if (body.isMissingNode() || body.isNull()) {
            builder.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            if (!contentType) {
                builder.header("Content-Type", body.isTextual() ? "text/plain; charset=utf-8" : "application/json");
            }
            builder.method(method, HttpRequest.BodyPublishers.ofString(text(body)));
        }
        return builder.build();
    }

    private static ObjectNode outputs(HttpResponse<String> response) {
        var outputs = JsonNodeFactory.instance.objectNode();
        outputs.put("statusCode", response.statusCode());
        var headers = outputs.putObject("headers");
        response.headers().map().forEach((name, values) -> headers.put(name, String.join(",", values)));
        var contentType = response.headers().firstValue("Content-Type").orElse("");
        var text = response.body();
        if (text == null || text.isEmpty()) {
            return outputs;
        }
        if (contentType.contains("json")) {
            try {
                outputs.set("body", Json.mapper().readTree(text));
                return outputs;
            } catch (IOException notJson) {
                outputs.put("body", text);
                return outputs;
            }
        }
        outputs.put("body", text);
        return outputs;
    }

    private static ActionOutcome timedOut(JsonNode recorded, JsonNode history) {
        var outcome = new ActionOutcome("TimedOut", recorded, null,
                ActionOutcome.error("ActionTimedOut", "the action did not finish within its limit.timeout"),
                JsonNodeFactory.instance.objectNode());
        if (!history.isEmpty()) {
            outcome.extra().set("retryHistory", history);
        }
        return outcome;
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    static String text(JsonNode value) {
        return value.isValueNode() ? value.asText() : value.toString();
    }
}
