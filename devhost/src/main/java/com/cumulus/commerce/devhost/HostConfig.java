package com.cumulus.commerce.devhost;

import com.cumulus.commerce.devhost.triggers.RetryPolicy;
import com.cumulus.commerce.devhost.triggers.TimeSpans;
import com.cumulus.commerce.platform.http.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** The parts of host.json that devhost honours; absent values take the Functions host's defaults. */
public record HostConfig(
        String routePrefix,
        Duration functionTimeout,
        RetryPolicy retry,
        int serviceBusMaxConcurrentCalls,
        Duration serviceBusMaxAutoLockRenewal,
        int queuesBatchSize,
        int queuesMaxDequeueCount,
        Duration queuesVisibilityTimeout,
        int eventHubsMaxEventBatchSize,
        Map<String, String> httpCustomHeaders) {

    public HostConfig {
        Objects.requireNonNull(routePrefix, "'routePrefix' must not be null");
        Objects.requireNonNull(functionTimeout, "'functionTimeout' must not be null");
        Objects.requireNonNull(retry, "'retry' must not be null");
        httpCustomHeaders = Collections.unmodifiableMap(new LinkedHashMap<>(
                Objects.requireNonNull(httpCustomHeaders, "'httpCustomHeaders' must not be null")));
    }

    /** Reads {@code host.json} from the directory; a missing file means all defaults. */
    public static HostConfig read(Path workingDir) {
        var file = workingDir.resolve("host.json");
        if (!Files.isRegularFile(file)) {
            return from(MissingNode.getInstance());
        }
        try {
            return from(Json.mapper().readTree(file.toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException("host.json is not valid JSON: " + file, e);
        }
    }

    public static HostConfig from(JsonNode root) {
        var extensions = root.path("extensions");
        var serviceBus = extensions.path("serviceBus");
        var queues = extensions.path("queues");
        return new HostConfig(
                extensions.path("http").path("routePrefix").asText("api"),
                span(root, "functionTimeout", Duration.ofMinutes(30)),
                root.has("retry") ? RetryPolicy.fromHostJson(root) : RetryPolicy.none(),
                serviceBus.path("maxConcurrentCalls").asInt(16),
                span(serviceBus, "maxAutoLockRenewalDuration", Duration.ofMinutes(5)),
                queues.path("batchSize").asInt(16),
                queues.path("maxDequeueCount").asInt(5),
                span(queues, "visibilityTimeout", Duration.ZERO),
                extensions.path("eventHubs").path("maxEventBatchSize").asInt(100),
                customHeaders(extensions.path("http").path("customHeaders")));
    }

    /** {@code extensions.http.customHeaders}: header name to value, added to every HTTP response. */
    private static Map<String, String> customHeaders(JsonNode node) {
        var headers = new LinkedHashMap<String, String>();
        if (node.isMissingNode() || node.isNull()) {
            return headers;
        }
        if (!node.isObject()) {
            throw new IllegalArgumentException("host.json extensions.http.customHeaders must be an object");
        }
        node.fields().forEachRemaining(field -> {
            if (!field.getValue().isTextual()) {
                throw new IllegalArgumentException(
                        "host.json extensions.http.customHeaders." + field.getKey() + " must be a string");
            }
            headers.put(field.getKey(), field.getValue().asText());
        });
        return headers;
    }

    private static Duration span(JsonNode parent, String property, Duration fallback) {
        var node = parent.path(property);
        return node.isTextual() ? TimeSpans.parse(node.asText(), property) : fallback;
    }
}
