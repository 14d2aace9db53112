package com.cumulus.commerce.devhost.workflows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** What one action did: status, recorded inputs and outputs, error, and extras (retries, iterations). */
record ActionOutcome(String status, JsonNode inputs, JsonNode outputs, JsonNode error, ObjectNode extra) {

    static ActionOutcome succeeded(JsonNode inputs, JsonNode outputs) {
        return new ActionOutcome("Succeeded", inputs, outputs, null, JsonNodeFactory.instance.objectNode());
    }

    static ActionOutcome failed(JsonNode inputs, String code, String message) {
        return new ActionOutcome("Failed", inputs, null, error(code, message), JsonNodeFactory.instance.objectNode());
    }

    static ObjectNode error(String code, String message) {
        var error = JsonNodeFactory.instance.objectNode();
        error.put("code", code);
        error.put("message", message);
        return error;
    }
}
