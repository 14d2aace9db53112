package com.cumulus.commerce.platform.azure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cumulus.commerce.platform.config.AppSettings;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RedisCacheSettingsTest {

    @Test
    void aConnectionStringNamesHostPortPasswordAndTls() {
        var uri = RedisCache.fromConnectionString("shop.redis.cache.windows.net:6380,password=k3y,ssl=True,abortConnect=False");

        assertThat(uri.getHost()).isEqualTo("shop.redis.cache.windows.net");
        assertThat(uri.getPort()).isEqualTo(6380);
        assertThat(uri.isSsl()).isTrue();
        assertThat(uri.getCredentialsProvider().resolveCredentials().block().getPassword()).containsExactly('k', '3', 'y');
        assertThat(uri.toString()).doesNotContain("k3y");

        var local = RedisCache.fromConnectionString("127.0.0.1:6390");
        assertThat(local.isSsl()).isFalse();
        assertThat(local.getCredentialsProvider().resolveCredentials().block().hasPassword()).isFalse();
    }

    @Test
    void theIdentityBasedFormNeedsTheHostNameAndThePrincipalId() {
        assertThatThrownBy(() -> RedisCache.open(AppSettings.of(Map.of())))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("'RedisConnection__hostName'");
        assertThatThrownBy(() -> RedisCache.open(AppSettings.of(Map.of("RedisConnection__hostName", "shop.redis.cache.windows.net"))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("'RedisConnection__principalId'");
    }

    @Test
    void aConnectionStringWithoutAPortIsRefusedWithoutEchoingIt() {
        assertThatThrownBy(() -> RedisCache.fromConnectionString("no-port,password=secret"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining("secret");
    }
}
