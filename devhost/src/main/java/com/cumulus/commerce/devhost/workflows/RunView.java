package com.cumulus.commerce.devhost.workflows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;

/** A stored run as the ops routes show it: summary, or the full tree of actions, containers and iterations. */
final class RunView {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Set<String> SUMMARY = Set.of("id", "workflow", "status", "startTime", "endTime", "error");

    private RunView() {
    }

    static ObjectNode summary(ObjectNode run) {
        var node = NODES.objectNode();
        SUMMARY.forEach(field -> {
            if (run.has(field)) {
                node.set(field, run.get(field));
            }
        });
        node.put("trigger", run.path("trigger").path("name").asText());
        return node;
    }

    static ObjectNode detail(ObjectNode run, WorkflowDefinition workflow) {
        var node = summary(run);
        node.set("trigger", run.path("trigger"));
        node.set("actions", actions(workflow == null ? NODES.objectNode() : workflow.actions(),
                run.path("actions"), ""));
        return node;
    }

    private static ArrayNode actions(ObjectNode definitions, JsonNode stored, String prefix) {
        var list = NODES.arrayNode();
        for (var it = definitions.fields(); it.hasNext();) {
            var entry = it.next();
            var key = prefix + entry.getKey();
            var result = stored.path(key);
            if (!(result instanceof ObjectNode object)) {
                continue;
            }
            var node = object.deepCopy();
            node.remove("variables");
            var type = entry.getValue().path("type").asText();
            if (type.equals("Foreach") || type.equals("Until")) {
                var iterations = node.putArray("repetitions");
                for (int i = 0; stored.has(firstKey(entry.getValue(), key + "[" + i + "]/", stored)); i++) {
                    var iteration = iterations.addObject();
                    iteration.put("index", i);
                    iteration.set("actions", actions(WorkflowDefinition.objectOrEmpty(entry.getValue().path("actions")),
                            stored, key + "[" + i + "]/"));
                }
            } else {
                var children = NODES.arrayNode();
                for (var container : WorkflowDefinition.childContainers(entry.getValue())) {
                    children.addAll(actions(container, stored, key + "/"));
                }
                if (!children.isEmpty()) {
                    node.set("actions", children);
                }
            }
            list.add(node);
        }
        return list;
    }

    /** The key of any action stored in that iteration, or a key that is not stored. */
    private static String firstKey(JsonNode loop, String prefix, JsonNode stored) {
        for (var it = loop.path("actions").fieldNames(); it.hasNext();) {
            var key = prefix + it.next();
            if (stored.has(key)) {
                return key;
            }
        }
        return prefix + "\u0000";
    }
}
