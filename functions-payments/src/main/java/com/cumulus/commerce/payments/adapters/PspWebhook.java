package com.cumulus.commerce.payments.adapters;

import com.cumulus.commerce.platform.money.Money;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.UUID;

/** One webhook event the simulated PSP sends: {@code {"id", "type", "created", "data": {...}}}. */
record PspWebhook(String id, String type, Instant created, String paymentId, String pspReference, Money amount) {

    static PspWebhook of(String type, Instant created, String paymentId, String pspReference, Money amount) {
        return new PspWebhook("evt_" + UUID.randomUUID().toString().replace("-", ""), type, created, paymentId,
                pspReference, amount);
    }

    String body() {
        var data = new LinkedHashMap<String, Object>();
        data.put("paymentId", paymentId);
        data.put("pspReference", pspReference);
        data.put("amount", amount);
        var event = new LinkedHashMap<String, Object>();
        event.put("id", id);
        event.put("type", type);
        event.put("created", created.toString());
        event.put("data", data);
        return DocumentJson.write(event);
    }
}
