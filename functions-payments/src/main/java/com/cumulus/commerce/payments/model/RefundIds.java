package com.cumulus.commerce.payments.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Refund ids: {@code ref_} and 26 lowercase base-32 characters derived from (caller, Idempotency-Key, payment id),
 * so that a retried request, also one whose first try failed at the PSP, lands on the same refund and the PSP
 * (idempotent per refund id) never refunds twice.
 */
public final class RefundIds {

    private static final char[] ALPHABET = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();

    private RefundIds() {
    }

    public static boolean isRefundId(String value) {
        return value != null && value.matches("ref_[0-9a-z]{26}");
    }

    public static String derive(String caller, String idempotencyKey, String paymentId) {
        byte[] digest;
        try {
            digest = MessageDigest.getInstance("SHA-256").digest((caller + "\n" + idempotencyKey + "\n" + paymentId)
                    .getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
        var id = new StringBuilder("ref_");
        long buffer = 0;
        int bits = 0;
        int index = 0;
        while (id.length() < 30) {
            if (bits < 5) {
                buffer = (buffer << 8) | (digest[index++] & 0xFF);
                bits += 8;
            }
            id.append(ALPHABET[(int) (buffer >> (bits - 5)) & 31]);
            bits -= 5;
        }
        return id.toString();
    }
}
