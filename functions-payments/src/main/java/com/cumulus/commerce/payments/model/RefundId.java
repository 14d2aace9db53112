package com.cumulus.commerce.payments.model;

import com.cumulus.commerce.platform.kernel.Base32Ids;
import com.cumulus.commerce.platform.kernel.Checked;
import com.cumulus.commerce.platform.kernel.Violation;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * A refund's id: {@code ref_} and 26 lowercase base-32 characters derived from (caller, Idempotency-Key, payment
 * id), so that a retried request, also one whose first try failed at the PSP, lands on the same refund and the PSP
 * (idempotent per refund id) never refunds twice.
 */
public record RefundId(String value) {

    public static final String RULE = "must be 'ref_' and 26 characters a-z, 2-7";
    private static final char[] ALPHABET = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();

    public RefundId {
        if (!Base32Ids.matches(value, "ref_")) {
            throw new IllegalArgumentException("'refundId' must match " + Base32Ids.pattern("ref_"));
        }
    }

    public static RefundId of(String value) {
        return new RefundId(value);
    }

    /** The refund id {@code text} names, or the refusal, for input from outside. */
    public static Checked<RefundId, Violation> parse(String text) {
        return Checked.of("refundId", text, RefundId::new, RULE);
    }

    public static boolean isValid(String value) {
        return Base32Ids.matches(value, "ref_");
    }

    public static RefundId derive(String caller, String idempotencyKey, PaymentId paymentId) {
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
        return new RefundId(id.toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
