package com.cumulus.commerce.devhost.workflows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;

/**
 * One run as stored: status, trigger, and the result of every action keyed by its path and loop iterations
 * ({@code Scope/Loop[2]/Call}). Writers are serialised on the record, so parallel branches never lose a result.
 */
final class RunRecord {

    static final String RUNNING = "Running";

    private final ObjectNode doc;

    private RunRecord(ObjectNode doc) {
        this.doc = doc;
    }

    static RunRecord start(String workflow, String id, JsonNode trigger, Instant now, String traceparent) {
        var doc = JsonNodeFactory.instance.objectNode();
        doc.put("id", id);
        doc.put("workflow", workflow);
        doc.put("status", RUNNING);
        doc.put("startTime", now.toString());
        doc.put("startedAtMillis", now.toEpochMilli());
        doc.set("trigger", trigger);
        if (traceparent != null) {
            doc.put("traceparent", traceparent);
        }
        doc.putObject("actions");
        return new RunRecord(doc);
    }

    static RunRecord of(ObjectNode doc) {
        if (!doc.path("actions").isObject()) {
            doc.putObject("actions");
        }
        return new RunRecord(doc);
    }

    String id() {
        return doc.path("id").asText();
    }

    String workflow() {
        return doc.path("workflow").asText();
    }

    synchronized String status() {
        return doc.path("status").asText();
    }

    JsonNode trigger() {
        return doc.path("trigger");
    }

    String traceparent() {
        return doc.path("traceparent").asText(null);
    }

    Instant startTime() {
        return Instant.parse(doc.path("startTime").asText());
    }

    synchronized ObjectNode action(String key) {
        var node = doc.path("actions").path(key);
        return node instanceof ObjectNode object ? object : null;
    }

    synchronized void putAction(String key, ObjectNode result) {
        ((ObjectNode) doc.get("actions")).set(key, result);
    }

    synchronized void finish(String status, JsonNode error, Instant now) {
        doc.put("status", status);
        doc.put("endTime", now.toString());
        if (error != null && !error.isNull()) {
            doc.set("error", error);
        }
    }

    synchronized String json() {
        return doc.toString();
    }

    synchronized ObjectNode snapshot() {
        return doc.deepCopy();
    }
}
