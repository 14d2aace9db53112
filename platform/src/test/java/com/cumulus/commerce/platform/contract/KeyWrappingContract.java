package com.cumulus.commerce.platform.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cumulus.commerce.platform.keys.KeyDeletedException;
import com.cumulus.commerce.platform.keys.KeyWrapping;
import com.cumulus.commerce.platform.keys.WrappedKey;
import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

/** What every {@link KeyWrapping} must do, run against each implementation by a subclass. */
public abstract class KeyWrappingContract extends StoreContract<KeyWrapping> {

    private static final SecureRandom RANDOM = new SecureRandom();

    private KeyWrapping keys() {
        return store();
    }

    protected static byte[] dataKey() {
        var key = new byte[32];
        RANDOM.nextBytes(key);
        return key;
    }

    @Test
    void wrappedDataKeyUnwrapsToTheSameBytes() {
        byte[] dataKey = dataKey();

        WrappedKey wrapped = keys().wrap("profile-pii", dataKey);

        assertThat(wrapped.keyName()).isEqualTo("profile-pii");
        assertThat(wrapped.algorithm()).isEqualTo(KeyWrapping.RSA_OAEP_256);
        assertThat(wrapped.keyVersion()).isNotBlank();
        assertThat(wrapped.bytes()).isNotEqualTo(dataKey).hasSizeGreaterThanOrEqualTo(256);
        assertThat(keys().unwrap(wrapped)).isEqualTo(dataKey);
    }

    @Test
    void wrappingTheSameKeyTwiceGivesDifferentBytesUnderOneVersion() {
        byte[] dataKey = dataKey();

        WrappedKey first = keys().wrap("profile-pii", dataKey);
        WrappedKey second = keys().wrap("profile-pii", dataKey);

        assertThat(first.bytes()).isNotEqualTo(second.bytes());
        assertThat(first.keyVersion()).isEqualTo(second.keyVersion());
        assertThat(keys().unwrap(second)).isEqualTo(dataKey);
    }

    @Test
    void rotationKeepsOldVersionsUnwrappableAndNewWrapsUseTheNewVersion() {
        byte[] before = dataKey();
        WrappedKey old = keys().wrap("profile-pii", before);

        keys().rotate("profile-pii");
        byte[] after = dataKey();
        WrappedKey current = keys().wrap("profile-pii", after);

        assertThat(current.keyVersion()).isNotEqualTo(old.keyVersion());
        assertThat(keys().unwrap(old)).isEqualTo(before);
        assertThat(keys().unwrap(current)).isEqualTo(after);
    }

    @Test
    void bytesWrappedByOneVersionDoNotUnwrapUnderAnother() {
        WrappedKey old = keys().wrap("profile-pii", dataKey());
        keys().rotate("profile-pii");
        String newVersion = keys().wrap("profile-pii", dataKey()).keyVersion();

        var relabelled = new WrappedKey(old.keyName(), newVersion, old.algorithm(), old.bytes());

        assertThatThrownBy(() -> keys().unwrap(relabelled)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void deletedKeyNeverUnwrapsAgainInAnyVersion() {
        WrappedKey old = keys().wrap("user-42", dataKey());
        keys().rotate("user-42");
        WrappedKey current = keys().wrap("user-42", dataKey());
        WrappedKey otherUser = keys().wrap("user-43", dataKey());

        keys().delete("user-42");

        assertThatThrownBy(() -> keys().unwrap(old)).isInstanceOf(KeyDeletedException.class)
                .hasMessageContaining("user-42");
        assertThatThrownBy(() -> keys().unwrap(current)).isInstanceOf(KeyDeletedException.class);
        assertThat(keys().unwrap(otherUser)).hasSize(32);
    }

    @Test
    void aKeyCreatedAgainAfterDeleteDoesNotUnwrapWhatTheOldOneWrapped() {
        WrappedKey shredded = keys().wrap("user-42", dataKey());
        keys().delete("user-42");

        keys().wrap("user-42", dataKey());

        assertThatThrownBy(() -> keys().unwrap(shredded)).isInstanceOf(KeyDeletedException.class);
    }

    @Test
    void unknownKeyIsReportedAsNotInTheVault() {
        var never = new WrappedKey("never-created", "0123456789abcdef0123456789abcdef", KeyWrapping.RSA_OAEP_256,
                new byte[384]);

        assertThatThrownBy(() -> keys().unwrap(never)).isInstanceOf(KeyDeletedException.class);
    }

    @Test
    void deletingAMissingKeyDoesNothing() {
        keys().delete("never-created");
    }

    @Test
    void keysSurviveARestart() throws Exception {
        byte[] dataKey = dataKey();
        WrappedKey old = keys().wrap("profile-pii", dataKey);
        keys().rotate("profile-pii");
        WrappedKey current = keys().wrap("profile-pii", dataKey);

        KeyWrapping reopened = restart();

        assertThat(reopened.unwrap(old)).isEqualTo(dataKey);
        assertThat(reopened.unwrap(current)).isEqualTo(dataKey);
        assertThat(reopened.wrap("profile-pii", dataKey).keyVersion()).isEqualTo(current.keyVersion());
    }

    @Test
    void invalidArgumentsAreRefusedNamingTheArgumentButNeverTheKey() {
        byte[] dataKey = dataKey();
        String hex = java.util.HexFormat.of().formatHex(dataKey);

        assertThatThrownBy(() -> keys().wrap("not a valid name!", dataKey))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'keyName'")
                .satisfies(e -> assertThat(String.valueOf(e.getMessage())).doesNotContain(hex));
        assertThatThrownBy(() -> keys().wrap("profile-pii", new byte[0]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'dataKey'");
        assertThatThrownBy(() -> keys().wrap("profile-pii", null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("'dataKey'");
    }
}
