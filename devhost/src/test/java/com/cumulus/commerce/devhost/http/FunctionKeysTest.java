package com.cumulus.commerce.devhost.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.azure.functions.annotation.AuthorizationLevel;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FunctionKeysTest {

    @TempDir
    Path dataDir;

    @Test
    void firstStartGeneratesRandom32ByteKeysAndLaterStartsReuseThem() {
        var first = FunctionKeys.loadOrCreate(dataDir);
        var second = FunctionKeys.loadOrCreate(dataDir);

        assertThat(Base64.getUrlDecoder().decode(first.masterKey())).hasSize(32);
        assertThat(Base64.getUrlDecoder().decode(first.functionKey())).hasSize(32);
        assertThat(first.masterKey()).isNotEqualTo(first.functionKey());
        assertThat(second.masterKey()).isEqualTo(first.masterKey());
        assertThat(second.functionKey()).isEqualTo(first.functionKey());
    }

    @Test
    void functionLevelAcceptsFunctionOrMasterKey() {
        var keys = new FunctionKeys("master", "function");

        assertThat(keys.grants(AuthorizationLevel.FUNCTION, "function")).isTrue();
        assertThat(keys.grants(AuthorizationLevel.FUNCTION, "master")).isTrue();
        assertThat(keys.grants(AuthorizationLevel.FUNCTION, "functio")).isFalse();
        assertThat(keys.grants(AuthorizationLevel.FUNCTION, null)).isFalse();
    }

    @Test
    void adminLevelAcceptsOnlyMasterKey() {
        var keys = new FunctionKeys("master", "function");

        assertThat(keys.grants(AuthorizationLevel.ADMIN, "master")).isTrue();
        assertThat(keys.grants(AuthorizationLevel.ADMIN, "function")).isFalse();
    }

    @Test
    void anonymousNeedsNoKey() {
        assertThat(new FunctionKeys("m", "f").grants(AuthorizationLevel.ANONYMOUS, null)).isTrue();
    }
}
