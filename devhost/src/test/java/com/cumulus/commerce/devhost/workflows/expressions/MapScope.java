package com.cumulus.commerce.devhost.workflows.expressions;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** An ExpressionScope backed by maps, with JSON written inline in single quotes for readable tests. */
final class MapScope implements ExpressionScope {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    final Map<String, JsonNode> actions = new HashMap<>();
    final Map<String, JsonNode> parameters = new HashMap<>();
    final Map<String, JsonNode> variables = new HashMap<>();
    final Map<String, JsonNode> items = new HashMap<>();
    final Map<String, JsonNode> indexes = new HashMap<>();
    final Map<String, JsonNode> results = new HashMap<>();
    final Map<String, String> settings = new HashMap<>();
    JsonNode trigger = json("{'name':'manual','outputs':{'headers':{'x-id':'7'},'body':{'order':{'id':'o-1','lines':[{'sku':'A1','qty':2},{'sku':'B2','qty':1}]},'note':null}}}");
    JsonNode innermostItem;
    Instant now = Instant.parse("2026-11-24T20:31:21.1234567Z");

    static JsonNode json(String singleQuoted) {
        try {
            return Values.normalize(MAPPER.readTree(singleQuoted.replace('\'', '"')));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    JsonNode eval(String text) {
        return WorkflowExpressions.evaluate(TextNode.valueOf(text), this);
    }

    @Override
    public JsonNode trigger() {
        return trigger;
    }

    @Override
    public JsonNode action(String name) {
        return require(actions, name, "The action '" + name + "' has not run yet.");
    }

    @Override
    public JsonNode parameter(String name) {
        return require(parameters, name, "The workflow parameter '" + name + "' is not found.");
    }

    @Override
    public JsonNode variable(String name) {
        return require(variables, name, "The variable '" + name + "' is not initialized.");
    }

    @Override
    public JsonNode item(String loopName) {
        return loopName == null ? innermostItem : require(items, loopName, "There is no loop named '" + loopName + "'.");
    }

    @Override
    public JsonNode iterationIndex(String loopName) {
        return require(indexes, loopName, "There is no Until loop named '" + loopName + "'.");
    }

    @Override
    public JsonNode result(String scopeName) {
        return require(results, scopeName, "There is no scope named '" + scopeName + "'.");
    }

    @Override
    public JsonNode workflow() {
        return json("{'name':'order-placed','run':{'name':'run-1','id':'/workflows/order-placed/runs/run-1'}}");
    }

    @Override
    public String appSetting(String name) {
        String value = settings.get(name);
        if (value == null) {
            throw new ExpressionException("The app setting '" + name + "' is not defined.");
        }
        return value;
    }

    @Override
    public Instant now() {
        return now;
    }

    private static <T> T require(Map<String, T> map, String name, String problem) {
        T value = map.get(name);
        if (value == null) {
            throw new ExpressionException(problem);
        }
        return value;
    }
}
