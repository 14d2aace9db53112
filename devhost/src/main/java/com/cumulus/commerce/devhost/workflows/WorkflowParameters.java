package com.cumulus.commerce.devhost.workflows;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/** parameters.json values, evaluated once at start ({@code "@appsetting('X')"} and the like). */
final class WorkflowParameters {

    private WorkflowParameters() {
    }

    static Map<String, JsonNode> evaluate(WorkflowProject project, Expressions expressions,
            Function<String, String> appSettings) {
        var values = new LinkedHashMap<String, JsonNode>();
        var scope = new SettingsScope(appSettings, values);
        for (var it = project.parameters().fields(); it.hasNext();) {
            var entry = it.next();
            values.put(entry.getKey(), expressions.evaluate(entry.getValue().path("value"), scope));
        }
        return Map.copyOf(values);
    }
}
