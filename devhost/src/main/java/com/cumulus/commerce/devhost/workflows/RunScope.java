package com.cumulus.commerce.devhost.workflows;

import com.cumulus.commerce.devhost.workflows.expressions.ExpressionException;
import com.cumulus.commerce.devhost.workflows.expressions.ExpressionScope;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.time.Instant;
import java.util.Map;

/** What expressions of one run see from inside one frame: trigger, results, variables, loops, settings. */
final class RunScope implements ExpressionScope {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Frame frame;
    private final EngineParts parts;
    private final WorkflowDefinition workflow;
    private final RunRecord run;
    private final Variables variables;
    private final Map<String, JsonNode> latest;
    private final Map<String, JsonNode> byName;

    RunScope(Frame frame, EngineParts parts, WorkflowDefinition workflow, RunRecord run, Variables variables,
            Map<String, JsonNode> latest, Map<String, JsonNode> byName) {
        this.frame = frame;
        this.parts = parts;
        this.workflow = workflow;
        this.run = run;
        this.variables = variables;
        this.latest = latest;
        this.byName = byName;
    }

    @Override
    public JsonNode trigger() {
        return run.trigger();
    }

    @Override
    public JsonNode action(String name) {
        var found = frame.result(name);
        if (found == null) {
            found = latest.get(name);
        }
        if (found == null) {
            throw new ExpressionException("action '" + name + "' has not run");
        }
        return found;
    }

    @Override
    public JsonNode parameter(String name) {
        var value = parts.parameters().get(name);
        if (value == null) {
            throw new ExpressionException("parameter '" + name + "' is not defined");
        }
        return value;
    }

    @Override
    public JsonNode variable(String name) {
        return variables.get(name);
    }

    @Override
    public JsonNode item(String loopName) {
        var loop = frame.loop(loopName);
        if (loop == null) {
            throw new ExpressionException(loopName == null ? "item() is used outside a Foreach"
                    : "'" + loopName + "' is not an enclosing loop");
        }
        return loop.item;
    }

    @Override
    public JsonNode iterationIndex(String loopName) {
        var loop = frame.loop(loopName);
        if (loop == null) {
            throw new ExpressionException("'" + loopName + "' is not an enclosing loop");
        }
        return NODES.numberNode(loop.index);
    }

    @Override
    public JsonNode result(String scopeName) {
        var scope = byName.get(scopeName);
        if (scope == null) {
            throw new ExpressionException("'" + scopeName + "' is not an action");
        }
        ArrayNode results = NODES.arrayNode();
        for (var child : WorkflowDefinition.childContainers(scope)) {
            child.fieldNames().forEachRemaining(name -> {
                var found = latest.get(name);
                if (found != null) {
                    results.add(found);
                }
            });
        }
        return results;
    }

    @Override
    public JsonNode workflow() {
        var node = NODES.objectNode();
        node.put("name", workflow.name());
        var runNode = node.putObject("run");
        runNode.put("name", run.id());
        runNode.put("id", "/workflows/" + workflow.name() + "/runs/" + run.id());
        return node;
    }

    @Override
    public String appSetting(String name) {
        return parts.appSettings().apply(name);
    }

    @Override
    public Instant now() {
        return parts.clock().get();
    }
}
