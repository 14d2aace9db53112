package com.cumulus.commerce.payments.adapters;

import java.security.SecureRandom;

/** Random ids of a prefix and 26 lowercase base-32 characters (130 bits), like the order and payment ids. */
final class RandomIds {

    private static final char[] ALPHABET = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private RandomIds() {
    }

    static String next(String prefix) {
        var out = new StringBuilder(prefix.length() + 26).append(prefix);
        for (int i = 0; i < 26; i++) {
            out.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return out.toString();
    }
}
