package com.cumulus.commerce.orders.model;

import com.cumulus.commerce.platform.kernel.OrderId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * How the orders app makes an {@link OrderId}: its 26 base-32 characters (130 bits) come from a SHA-256 over the
 * customer id and the checkout's Idempotency-Key. The same customer retrying the same checkout after a crash lands
 * on the same order, and two customers using the same key never share one.
 */
public final class OrderIds {

    private static final int LENGTH = OrderId.LENGTH;
    private static final char[] ALPHABET = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();

    private OrderIds() {
    }

    public static OrderId derive(String customerId, String idempotencyKey) {
        if (customerId == null || customerId.isBlank()) {
            throw new IllegalArgumentException("'customerId' must not be blank");
        }
        if (idempotencyKey == null || idempotencyKey.isEmpty()) {
            throw new IllegalArgumentException("'idempotencyKey' must not be empty");
        }
        byte[] digest = sha256(customerId.length() + ":" + customerId + "\n" + idempotencyKey);
        var out = new StringBuilder(OrderId.PREFIX.length() + LENGTH).append(OrderId.PREFIX);
        for (int i = 0; i < LENGTH; i++) {
            int bit = i * 5;
            int value = ((digest[bit / 8] & 0xff) << 8 | (digest[bit / 8 + 1] & 0xff)) >> (11 - bit % 8) & 0x1f;
            out.append(ALPHABET[value]);
        }
        return OrderId.of(out.toString());
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
