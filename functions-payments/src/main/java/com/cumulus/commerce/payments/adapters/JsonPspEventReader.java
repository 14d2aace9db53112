package com.cumulus.commerce.payments.adapters;

import com.cumulus.commerce.payments.model.PaymentId;
import com.cumulus.commerce.payments.application.PspEvent;
import com.cumulus.commerce.payments.application.PspEventReader;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.Optional;

/** Reads {@code {"id", "type", "created", "data": {"paymentId", "pspReference", "amount"}}}. */
final class JsonPspEventReader implements PspEventReader {

    @Override
    public Optional<PspEvent> read(String body) {
        try {
            var node = DocumentJson.MAPPER.readTree(body);
            if (node == null || !node.isObject()) {
                return Optional.empty();
            }
            var id = node.path("id");
            var type = node.path("type");
            var paymentId = node.path("data").path("paymentId");
            var reference = node.path("data").path("pspReference");
            if (!id.isTextual() || !PspEvent.knownType(type.asText(null)) || !paymentId.isTextual()
                    || !PaymentId.isValid(paymentId.asText())) {
                return Optional.empty();
            }
            return Optional.of(new PspEvent(id.asText(), type.asText(), PaymentId.of(paymentId.asText()),
                    reference.isTextual() ? reference.asText() : null));
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }
}
