package com.cumulus.commerce.devhost.workflows;

import com.cumulus.commerce.devhost.workflows.expressions.ExpressionException;
import com.cumulus.commerce.devhost.workflows.expressions.ExpressionScope;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Map;
import java.util.function.Function;

/**
 * The scope of expressions outside a run: parameters.json values, trigger inputs and connection settings
 * see app settings and the workflow parameters, nothing else.
 */
final class SettingsScope implements ExpressionScope {

    private final Function<String, String> appSettings;
    private final Map<String, JsonNode> parameters;
    private final JsonNode trigger;

    SettingsScope(Function<String, String> appSettings, Map<String, JsonNode> parameters) {
        this(appSettings, parameters, null);
    }

    /** With the trigger a splitOn expression reads. */
    SettingsScope(Function<String, String> appSettings, Map<String, JsonNode> parameters, JsonNode trigger) {
        this.appSettings = appSettings;
        this.parameters = parameters;
        this.trigger = trigger;
    }

    @Override
    public JsonNode trigger() {
        if (trigger == null) {
            throw new ExpressionException("the trigger is not known here");
        }
        return trigger;
    }

    @Override
    public JsonNode action(String name) {
        throw new ExpressionException("actions are not known here");
    }

    @Override
    public JsonNode parameter(String name) {
        var value = parameters.get(name);
        if (value == null) {
            throw new ExpressionException("parameter '" + name + "' is not defined");
        }
        return value;
    }

    @Override
    public JsonNode variable(String name) {
        throw new ExpressionException("variables are not known here");
    }

    @Override
    public JsonNode item(String loopName) {
        throw new ExpressionException("item() is used outside a Foreach");
    }

    @Override
    public JsonNode iterationIndex(String loopName) {
        throw new ExpressionException("iterationIndexes() is used outside a loop");
    }

    @Override
    public JsonNode result(String scopeName) {
        throw new ExpressionException("result() is used outside a run");
    }

    @Override
    public JsonNode workflow() {
        throw new ExpressionException("workflow() is used outside a run");
    }

    @Override
    public String appSetting(String name) {
        return appSettings.apply(name);
    }

    @Override
    public Instant now() {
        return Instant.now();
    }
}
