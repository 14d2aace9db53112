package com.cumulus.commerce.orders.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.regex.Pattern;

/**
 * Order ids: {@code ord_} and 26 lowercase base-32 characters (130 bits) of a SHA-256 over the customer id and
 * the checkout's Idempotency-Key. The same customer retrying the same checkout after a crash lands on the same
 * order, and two customers using the same key never share one.
 */
public final class OrderIds {

    public static final String PREFIX = "ord_";
    private static final int LENGTH = 26;
    private static final char[] ALPHABET = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();
    private static final Pattern PATTERN = Pattern.compile("ord_[a-z2-7]{" + LENGTH + "}");

    private OrderIds() {
    }

    public static String derive(String customerId, String idempotencyKey) {
        if (customerId == null || customerId.isBlank()) {
            throw new IllegalArgumentException("'customerId' must not be blank");
        }
        if (idempotencyKey == null || idempotencyKey.isEmpty()) {
            throw new IllegalArgumentException("'idempotencyKey' must not be empty");
        }
        byte[] digest = sha256(customerId.length() + ":" + customerId + "\n" + idempotencyKey);
        var out = new StringBuilder(PREFIX.length() + LENGTH).append(PREFIX);
        for (int i = 0; i < LENGTH; i++) {
            int bit = i * 5;
            int value = ((digest[bit / 8] & 0xff) << 8 | (digest[bit / 8 + 1] & 0xff)) >> (11 - bit % 8) & 0x1f;
            out.append(ALPHABET[value]);
        }
        return out.toString();
    }

    public static boolean isValid(String orderId) {
        return orderId != null && PATTERN.matcher(orderId).matches();
    }

    public static String requireValid(String orderId) {
        if (!isValid(orderId)) {
            throw new IllegalArgumentException("'orderId' must match " + PATTERN.pattern());
        }
        return orderId;
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
