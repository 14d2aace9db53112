package com.cumulus.commerce.devhost.workflows;

import com.cumulus.commerce.platform.messaging.OutgoingMessage;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.LinkedHashMap;
import java.util.UUID;

/** The built-in Service Bus {@code sendMessage} operation: parameters {@code entityName} and {@code message}. */
final class ServiceBusSend {

    private ServiceBusSend() {
    }

    static ActionOutcome send(ServiceBusSender sender, JsonNode inputs) {
        var parameters = inputs.path("parameters");
        var entity = parameters.path("entityName").asText();
        var message = parameters.path("message");
        var content = message.path("contentData");
        var body = content.isMissingNode() || content.isNull() ? "" : HttpAction.text(content);
        var contentType = message.path("contentType").asText(content.isContainerNode() ? "application/json" : null);
        var messageId = message.path("messageId").asText(UUID.randomUUID().toString());
        var properties = new LinkedHashMap<String, String>();
        message.path("userProperties").fields()
                .forEachRemaining(entry -> properties.put(entry.getKey(), HttpAction.text(entry.getValue())));
        sender.send(entity, new OutgoingMessage(messageId, body, contentType,
                message.path("correlationId").asText(null), properties, null));
        var outputs = JsonNodeFactory.instance.objectNode();
        outputs.put("messageId", messageId);
        return ActionOutcome.succeeded(inputs, outputs);
    }
}
