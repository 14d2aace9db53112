package com.cumulus.commerce.devhost.workflows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One workflow of the project: its folder name and the {@code definition} of its workflow.json. */
record WorkflowDefinition(String name, String kind, ObjectNode definition) {

    ObjectNode actions() {
        return objectOrEmpty(definition.path("actions"));
    }

    String triggerName() {
        var names = definition.path("triggers").fieldNames();
        return names.hasNext() ? names.next() : null;
    }

    JsonNode trigger() {
        var name = triggerName();
        return name == null ? JsonNodeFactory.instance.objectNode() : definition.path("triggers").path(name);
    }

    /** True when a Response action appears anywhere, so a Request trigger's caller waits for it. */
    boolean hasResponse() {
        var found = new boolean[1];
        visit(actions(), "", (path, action) -> found[0] |= action.path("type").asText().equals("Response"));
        return found[0];
    }

    static ObjectNode objectOrEmpty(JsonNode node) {
        return node instanceof ObjectNode object ? object : JsonNodeFactory.instance.objectNode();
    }

    /** The containers of actions directly inside a control action: body, else branch, cases, default. */
    static List<ObjectNode> childContainers(JsonNode action) {
        var containers = new ArrayList<ObjectNode>();
        switch (action.path("type").asText()) {
            case "Scope", "Foreach", "Until" -> containers.add(objectOrEmpty(action.path("actions")));
            case "If" -> {
                containers.add(objectOrEmpty(action.path("actions")));
                containers.add(objectOrEmpty(action.path("else").path("actions")));
            }
            case "Switch" -> {
                for (var it = action.path("cases").fields(); it.hasNext();) {
                    containers.add(objectOrEmpty(it.next().getValue().path("actions")));
                }
                containers.add(objectOrEmpty(action.path("default").path("actions")));
            }
            default -> {
            }
        }
        return containers;
    }

    interface ActionVisitor {
        void visit(String path, JsonNode action);
    }

    /** Visits every action, depth first, with its path ({@code Scope/Inner}). */
    static void visit(ObjectNode actions, String prefix, ActionVisitor visitor) {
        for (var it = actions.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> entry = it.next();
            var path = prefix.isEmpty() ? entry.getKey() : prefix + "/" + entry.getKey();
            visitor.visit(path, entry.getValue());
            for (var child : childContainers(entry.getValue())) {
                visit(child, path, visitor);
            }
        }
    }
}
