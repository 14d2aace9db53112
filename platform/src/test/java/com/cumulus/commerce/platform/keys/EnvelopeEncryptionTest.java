package com.cumulus.commerce.platform.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class EnvelopeEncryptionTest {

    private final InMemoryKeyWrapping vault = new InMemoryKeyWrapping();
    private final EnvelopeEncryption envelopes = new EnvelopeEncryption(vault, "profile-pii");

    @Test
    void envelopeRoundTripsWithItsAssociatedData() {
        String envelope = envelopes.encrypt("Ada Lovelace, 12 Analytical Row", "user-42");

        assertThat(envelope).matches("[A-Za-z0-9_-]+").doesNotContain("Ada");
        assertThat(envelopes.decryptString(envelope, "user-42")).isEqualTo("Ada Lovelace, 12 Analytical Row");
    }

    @Test
    void envelopeWithoutAssociatedDataRoundTripsIncludingEmptyPlaintext() {
        String envelope = envelopes.encrypt(new byte[0], null);

        assertThat(envelopes.decrypt(envelope, null)).isEmpty();
    }

    @Test
    void theSamePlaintextEncryptsDifferentlyEachTime() {
        assertThat(envelopes.encrypt("same", "r1")).isNotEqualTo(envelopes.encrypt("same", "r1"));
    }

    @Test
    void everyFlippedBitOfAnEnvelopeIsDetected() {
        byte[] sealed = decode(envelopes.encrypt("card holder", "user-42"));

        for (int i = 0; i < sealed.length; i++) {
            byte[] tampered = sealed.clone();
            tampered[i] ^= 0x01;
            String changed = encode(tampered);
            assertThatThrownBy(() -> envelopes.decrypt(changed, "user-42".getBytes(StandardCharsets.UTF_8)))
                    .as("byte %d flipped", i)
                    .isInstanceOfAny(DecryptionFailedException.class, IllegalArgumentException.class,
                            KeyDeletedException.class);
        }
    }

    @Test
    void aChangedCiphertextOrNonceFailsTheTag() {
        byte[] sealed = decode(envelopes.encrypt("card holder", "user-42"));
        byte[] lastByte = sealed.clone();
        lastByte[lastByte.length - 1] ^= 0x40;
        byte[] nonce = sealed.clone();
        nonce[sealed.length - 16 - "card holder".length() - 1] ^= 0x01;

        assertThatThrownBy(() -> envelopes.decryptString(encode(lastByte), "user-42"))
                .isInstanceOf(DecryptionFailedException.class);
        assertThatThrownBy(() -> envelopes.decryptString(encode(nonce), "user-42"))
                .isInstanceOf(DecryptionFailedException.class);
    }

    @Test
    void anEnvelopeMovedToAnotherRecordDoesNotDecrypt() {
        String envelope = envelopes.encrypt("secret address", "user-42");

        assertThatThrownBy(() -> envelopes.decryptString(envelope, "user-43"))
                .isInstanceOf(DecryptionFailedException.class)
                .hasMessageNotContaining("secret address");
        assertThatThrownBy(() -> envelopes.decryptString(envelope, null))
                .isInstanceOf(DecryptionFailedException.class);
    }

    @Test
    void envelopesUnderADeletedKeyAreShredded() {
        String envelope = envelopes.encrypt("secret address", "user-42");

        vault.delete("profile-pii");

        assertThatThrownBy(() -> envelopes.decryptString(envelope, "user-42"))
                .isInstanceOf(KeyDeletedException.class);
    }

    @Test
    void oneDataKeyServesManyValuesAndUnwrapsFromItsStoredForm() {
        String name;
        String email;
        String stored;
        try (DataKey key = envelopes.newDataKey()) {
            name = key.encrypt("Ada", "user-42/name");
            email = key.encrypt("ada@example.com", "user-42/email");
            stored = key.wrapped().encode();
        }

        try (DataKey again = envelopes.unwrap(WrappedKey.decode(stored))) {
            assertThat(again.decryptString(name, "user-42/name")).isEqualTo("Ada");
            assertThat(again.decryptString(email, "user-42/email")).isEqualTo("ada@example.com");
            assertThatThrownBy(() -> again.decryptString(name, "user-42/email"))
                    .isInstanceOf(DecryptionFailedException.class);
        }
    }

    @Test
    void aValueEncryptedUnderAnotherDataKeyDoesNotDecrypt() {
        try (DataKey mine = envelopes.newDataKey(); DataKey theirs = envelopes.newDataKey()) {
            String ciphertext = theirs.encrypt("their email", "user-43");

            assertThatThrownBy(() -> mine.decryptString(ciphertext, "user-43"))
                    .isInstanceOf(DecryptionFailedException.class);
        }
    }

    @Test
    void aDataKeyCiphertextWithAChangedByteFails() {
        try (DataKey key = envelopes.newDataKey()) {
            byte[] sealed = decode(key.encrypt("Ada", "user-42"));
            sealed[5] ^= 0x01;

            assertThatThrownBy(() -> key.decryptString(encode(sealed), "user-42"))
                    .isInstanceOf(DecryptionFailedException.class);
        }
    }

    @Test
    void envelopesAndDataKeyCiphertextsAreNotMistakenForEachOther() {
        String envelope = envelopes.encrypt("x", null);
        try (DataKey key = envelopes.newDataKey()) {
            String ciphertext = key.encrypt("x", null);

            assertThatThrownBy(() -> key.decrypt(envelope, null)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("envelope");
            assertThatThrownBy(() -> envelopes.decrypt(ciphertext, null))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void aClosedDataKeyIsWipedAndRefusesWork() {
        DataKey key = envelopes.newDataKey();
        key.close();

        assertThatThrownBy(() -> key.encrypt("x", null)).isInstanceOf(IllegalStateException.class);
        assertThat(key.toString()).contains("profile-pii");
    }

    @Test
    void garbageIsRefusedAsNotAnEnvelope() {
        assertThatThrownBy(() -> envelopes.decrypt("not base64!", null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'envelope'");
        assertThatThrownBy(() -> envelopes.decrypt("AQ", null)).isInstanceOf(IllegalArgumentException.class);
    }

    private static byte[] decode(String text) {
        return Base64.getUrlDecoder().decode(text);
    }

    private static String encode(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
