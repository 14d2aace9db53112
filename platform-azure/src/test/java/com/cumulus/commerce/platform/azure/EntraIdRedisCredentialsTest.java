package com.cumulus.commerce.platform.azure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.azure.core.credential.AccessToken;
import com.azure.core.credential.TokenCredential;
import com.azure.core.credential.TokenRequestContext;
import io.lettuce.core.RedisCredentials;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

class EntraIdRedisCredentialsTest {

    private static final String OBJECT_ID = "0c5e2f6a-1111-2222-3333-444455556666";

    /** A credential whose tokens last one second, as a stand-in for Entra's hour-long ones. */
    private static final class ShortLivedTokens implements TokenCredential {
        final AtomicInteger issued = new AtomicInteger();
        final List<String> scopes = new CopyOnWriteArrayList<>();

        @Override
        public Mono<AccessToken> getToken(TokenRequestContext request) {
            return Mono.fromSupplier(() -> getTokenSync(request));
        }

        @Override
        public AccessToken getTokenSync(TokenRequestContext request) {
            scopes.addAll(request.getScopes());
            return new AccessToken("token-" + issued.incrementAndGet(), OffsetDateTime.now().plusSeconds(1));
        }
    }

    @Test
    void aNewTokenIsStreamedBeforeTheCurrentOneExpires() {
        var tokens = new ShortLivedTokens();
        try (var credentials = EntraIdRedisCredentials.start(tokens, OBJECT_ID)) {
            assertThat(credentials.supportsStreaming()).isTrue();

            List<RedisCredentials> streamed = credentials.credentials().take(3).collectList()
                    .block(Duration.ofSeconds(5));

            assertThat(streamed).extracting(RedisCredentials::getUsername).containsOnly(OBJECT_ID);
            assertThat(streamed).extracting(c -> new String(c.getPassword()))
                    .containsExactly("token-1", "token-2", "token-3");
            assertThat(new String(credentials.resolveCredentials().block().getPassword())).startsWith("token-");
            assertThat(tokens.scopes).containsOnly("https://redis.azure.com/.default");
        }
    }

    @Test
    void theRefreshComesFiveMinutesBeforeExpiryOrAtThreeQuartersOfAShortLifetime() {
        OffsetDateTime now = OffsetDateTime.parse("2026-12-04T10:00:00Z");

        assertThat(EntraIdRedisCredentials.refreshDelay(now.plusMinutes(60), now)).isEqualTo(Duration.ofMinutes(55));
        assertThat(EntraIdRedisCredentials.refreshDelay(now.plusSeconds(2), now)).isEqualTo(Duration.ofMillis(1500));
        assertThat(EntraIdRedisCredentials.refreshDelay(now.minusSeconds(1), now)).isZero();
    }

    @Test
    void anIdentityWithoutATokenFailsAtStartWithoutTheCredentialsDetails() {
        TokenCredential refusing = new TokenCredential() {
            @Override
            public Mono<AccessToken> getToken(TokenRequestContext request) {
                return Mono.error(new IllegalStateException("refused"));
            }

            @Override
            public AccessToken getTokenSync(TokenRequestContext request) {
                throw new IllegalStateException("refused");
            }
        };

        assertThatThrownBy(() -> EntraIdRedisCredentials.start(refusing, OBJECT_ID))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("Microsoft Entra token");
        assertThatThrownBy(() -> EntraIdRedisCredentials.start(refusing, " "))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'objectId'");
    }
}
