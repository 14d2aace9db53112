package com.cumulus.commerce.devhost.workflows;

import com.cumulus.commerce.platform.http.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A Logic Apps Standard project folder: host.json, connections.json, parameters.json and one folder per
 * workflow holding workflow.json. A missing folder is a project without workflows.
 */
record WorkflowProject(Path folder, List<WorkflowDefinition> workflows, ObjectNode connections,
        ObjectNode parameters) {

    static WorkflowProject empty(Path folder) {
        return new WorkflowProject(folder, List.of(), JsonNodeFactory.instance.objectNode(),
                JsonNodeFactory.instance.objectNode());
    }

    /** Reads the folder; unreadable or malformed files become problems naming the file. */
    static WorkflowProject load(Path folder, List<String> problems) {
        if (!Files.isDirectory(folder)) {
            return empty(folder);
        }
        var connections = WorkflowDefinition.objectOrEmpty(
                read(folder.resolve("connections.json"), problems).path("serviceProviderConnections"));
        var parameters = WorkflowDefinition.objectOrEmpty(read(folder.resolve("parameters.json"), problems));
        var host = read(folder.resolve("host.json"), problems);
        if (Files.exists(folder.resolve("host.json")) && !host.path("version").asText().equals("2.0")) {
            problems.add("logic apps host.json: \"version\" must be \"2.0\"");
        }
        var workflows = new ArrayList<WorkflowDefinition>();
        try (Stream<Path> children = Files.list(folder)) {
            for (Path dir : children.sorted().toList()) {
                var file = dir.resolve("workflow.json");
                if (!Files.isDirectory(dir) || !Files.isRegularFile(file)) {
                    continue;
                }
                var name = dir.getFileName().toString();
                var root = read(file, problems);
                if (!(root.path("definition") instanceof ObjectNode definition)) {
                    problems.add("workflow '" + name + "': workflow.json has no \"definition\" object");
                    continue;
                }
                var kind = root.path("kind").asText("Stateful");
                if (!kind.equals("Stateful")) {
                    problems.add("workflow '" + name + "': kind '" + kind + "' is not supported (only Stateful)");
                }
                workflows.add(new WorkflowDefinition(name, kind, definition));
            }
        } catch (IOException e) {
            problems.add("logic apps folder " + folder + " cannot be listed: " + e.getMessage());
        }
        return new WorkflowProject(folder, List.copyOf(workflows), connections, parameters);
    }

    WorkflowDefinition workflow(String name) {
        return workflows.stream().filter(w -> w.name().equals(name)).findFirst().orElse(null);
    }

    private static JsonNode read(Path file, List<String> problems) {
        if (!Files.isRegularFile(file)) {
            return JsonNodeFactory.instance.objectNode();
        }
        try {
            var node = Json.mapper().readTree(file.toFile());
            return node == null ? JsonNodeFactory.instance.objectNode() : node;
        } catch (IOException e) {
            problems.add(file.getParent().getFileName() + "/" + file.getFileName() + " is not valid JSON: "
                    + e.getMessage().lines().findFirst().orElse(""));
            return JsonNodeFactory.instance.objectNode();
        }
    }
}
