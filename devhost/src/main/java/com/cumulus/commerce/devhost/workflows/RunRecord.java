package com.cumulus.commerce.devhost.workflows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * One run: status, trigger, and the result of every action keyed by its path and loop iterations
 * ({@code Scope/Loop[2]/Call}). Writers are serialised on the record, so parallel branches never lose a result.
 * The record knows what changed since it was last written ({@link #changes()}), so a write carries the header
 * when it changed and only the actions recorded since, not the whole run again.
 */
final class RunRecord {

    static final String RUNNING = "Running";

    private final ObjectNode doc;
    private boolean headerChanged;
    private final Set<String> changedActions = new LinkedHashSet<>();

    private RunRecord(ObjectNode doc, boolean headerChanged) {
        this.doc = doc;
        this.headerChanged = headerChanged;
    }

    /** What a write must carry: the header without its actions (null when unchanged), and the actions recorded since. */
    record Changes(ObjectNode header, Map<String, ObjectNode> actions) {
        boolean isEmpty() {
            return header == null && actions.isEmpty();
        }
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
        return new RunRecord(doc, true);
    }

    /**
     * A run as read back: its header and its actions. A header that still holds its actions (a run written whole)
     * counts them as changed, so the next write stores them the way runs are stored now.
     */
    static RunRecord of(ObjectNode header, Map<String, ObjectNode> actions) {
        var inline = header.path("actions") instanceof ObjectNode object ? object : null;
        var doc = header.deepCopy();
        var all = doc.putObject("actions");
        var record = new RunRecord(doc, inline != null);
        if (inline != null) {
            inline.fields().forEachRemaining(entry -> {
                all.set(entry.getKey(), entry.getValue());
                record.changedActions.add(entry.getKey());
            });
        }
        actions.forEach(all::set);
        return record;
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
        changedActions.add(key);
    }

    synchronized void finish(String status, JsonNode error, Instant now) {
        doc.put("status", status);
        doc.put("endTime", now.toString());
        if (error != null && !error.isNull()) {
            doc.set("error", error);
        }
        headerChanged = true;
    }

    /** What changed since the last {@link #written}; call both while holding the record's lock. */
    synchronized Changes changes() {
        ObjectNode header = null;
        if (headerChanged) {
            header = JsonNodeFactory.instance.objectNode();
            for (var it = doc.fields(); it.hasNext();) {
                var field = it.next();
                if (!field.getKey().equals("actions")) {
                    header.set(field.getKey(), field.getValue());
                }
            }
        }
        var actions = new LinkedHashMap<String, ObjectNode>();
        var all = doc.get("actions");
        changedActions.forEach(key -> actions.put(key, (ObjectNode) all.get(key)));
        return new Changes(header, actions);
    }

    /** Those changes are stored. */
    synchronized void written(Changes changes) {
        if (changes.header() != null) {
            headerChanged = false;
        }
        changedActions.removeAll(changes.actions().keySet());
    }

    synchronized ObjectNode snapshot() {
        return doc.deepCopy();
    }
}
