package com.cumulus.commerce.platform.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class WrappedKeyTest {

    private final WrappedKey key = new WrappedKey("user-42", "9f1c", KeyWrapping.RSA_OAEP_256, new byte[] {1, 2, 3});

    @Test
    void encodedFormDecodesToAnEqualKey() {
        assertThat(WrappedKey.decode(key.encode())).isEqualTo(key);
    }

    @Test
    void bytesCannotBeChangedFromOutside() {
        key.bytes()[0] = 9;

        assertThat(key.bytes()[0]).isEqualTo((byte) 1);
    }

    @Test
    void toStringLeavesTheBytesOut() {
        assertThat(key.toString()).contains("user-42", "9f1c", "3 bytes").doesNotContain("[1, 2, 3]");
    }

    @Test
    void truncatedOrTrailingFormsAreRefused() {
        String encoded = key.encode();

        assertThatThrownBy(() -> WrappedKey.decode(encoded.substring(0, encoded.length() - 2)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'encoded'");
        assertThatThrownBy(() -> WrappedKey.decode(encoded + "AA")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void blankFieldsAreRefusedNamingTheField() {
        assertThatThrownBy(() -> new WrappedKey(" ", "1", "RSA-OAEP-256", new byte[1]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'keyName'");
        assertThatThrownBy(() -> new WrappedKey("k", "1", "RSA-OAEP-256", new byte[0]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'bytes'");
    }
}
