package com.cumulus.commerce.payments.application;

/** A webhook as it arrived: the three Standard Webhooks headers (null when absent) and the raw body. */
public record WebhookDelivery(String id, String timestamp, String signature, String body) {
}
