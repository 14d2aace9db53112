package com.cumulus.commerce.payments.application;

/** An HTTP answer as the first request gave it, for replay: status, {@code Location} (or null), body. */
public record StoredResponse(int status, String location, String body) {
}
