package com.cumulus.commerce.payments.application;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Standard Webhooks signatures: {@code v1,<base64 HMAC-SHA256 of "id.timestamp.body">}. The
 * {@code webhook-signature} header may carry several space-separated signatures (one per active secret during a
 * rotation); one match with any secret is enough. Comparison is constant-time.
 */
public final class WebhookSignature {

    private static final String VERSION = "v1,";

    private WebhookSignature() {
    }

    public static String sign(String secret, String id, long timestamp, String body) {
        return VERSION + Base64.getEncoder().encodeToString(mac(secret, id + "." + timestamp + "." + body));
    }

    public static boolean verify(List<String> secrets, String id, long timestamp, String body, String header) {
        if (header == null || header.isBlank()) {
            return false;
        }
        var content = id + "." + timestamp + "." + body;
        var matched = false;
        for (var secret : secrets) {
            var expected = mac(secret, content);
            for (var candidate : header.trim().split(" +")) {
                if (!candidate.startsWith(VERSION)) {
                    continue;
                }
                byte[] presented;
                try {
                    presented = Base64.getDecoder().decode(candidate.substring(VERSION.length()));
                } catch (IllegalArgumentException notBase64) {
                    continue;
                }
                matched |= MessageDigest.isEqual(expected, presented);
            }
        }
        return matched;
    }

    private static byte[] mac(String secret, String content) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(content.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
