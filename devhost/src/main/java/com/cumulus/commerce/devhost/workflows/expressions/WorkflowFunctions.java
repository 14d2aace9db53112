package com.cumulus.commerce.devhost.workflows.expressions;

import com.fasterxml.jackson.databind.JsonNode;

/** Functions that read the run: trigger, actions, parameters, variables, loops. Everything is delegated to the engine's scope. */
final class WorkflowFunctions {

    private WorkflowFunctions() {
    }

    static void register(FunctionTable t) {
        t.add("trigger", 0, 0, (a, s) -> s.trigger());
        t.add("triggerOutputs", 0, 0, (a, s) -> member(s.trigger(), "outputs"));
        t.add("triggerBody", 0, 0, (a, s) -> member(member(s.trigger(), "outputs"), "body"));
        t.add("actions", 1, 1, (a, s) -> s.action(a.string(0)));
        t.add("action", 0, 0, (a, s) -> {
            throw a.fail("is only available in a trigger or action's outputs tracking, which devhost does not support.");
        });
        t.add("outputs", 1, 1, (a, s) -> member(s.action(a.string(0)), "outputs"));
        t.add("actionOutputs", 1, 1, (a, s) -> member(s.action(a.string(0)), "outputs"));
        t.add("body", 1, 1, (a, s) -> member(member(s.action(a.string(0)), "outputs"), "body"));
        t.add("actionBody", 1, 1, (a, s) -> member(member(s.action(a.string(0)), "outputs"), "body"));
        t.add("parameters", 1, 1, (a, s) -> s.parameter(a.string(0)));
        t.add("variables", 1, 1, (a, s) -> s.variable(a.string(0)));
        t.add("item", 0, 0, (a, s) -> s.item(null));
        t.add("items", 1, 1, (a, s) -> s.item(a.string(0)));
        t.add("iterationIndexes", 1, 1, (a, s) -> s.iterationIndex(a.string(0)));
        t.add("result", 1, 1, (a, s) -> s.result(a.string(0)));
        t.add("workflow", 0, 0, (a, s) -> s.workflow());
        t.add("appsetting", 1, 1, (a, s) -> Values.text(s.appSetting(a.string(0))));
    }

    /** A missing member reads as null: an action without outputs has a null body, not an error. */
    private static JsonNode member(JsonNode value, String name) {
        JsonNode v = Values.orNull(value);
        return v.isObject() ? Values.orNull(v.get(name)) : Values.orNull(null);
    }
}
