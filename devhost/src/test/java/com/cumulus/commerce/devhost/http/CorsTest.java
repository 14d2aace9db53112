package com.cumulus.commerce.devhost.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class CorsTest {

    private static final Set<String> METHODS = new TreeSet<>(Set.of("GET", "PUT", "PATCH"));
    private final Cors shop = new Cors(CorsSettings.parse("http://localhost:5173, https://Shop.Example/", false));

    @Test
    void preflightFromAnAllowedOriginEchoesOriginMethodsAndRequestedHeaders() {
        var headers = shop.preflight("https://shop.example", METHODS, "Authorization, Content-Type,If-Match");

        assertThat(headers)
                .containsEntry("Access-Control-Allow-Origin", "https://shop.example")
                .containsEntry("Access-Control-Allow-Methods", "GET, PATCH, PUT")
                .containsEntry("Access-Control-Allow-Headers", "Authorization, Content-Type, If-Match")
                .containsEntry("Access-Control-Max-Age", "600")
                .doesNotContainKey("Access-Control-Allow-Credentials");
    }

    @Test
    void originOutsideTheListGetsNoCorsHeadersAtAll() {
        assertThat(shop.allows("https://evil.example")).isFalse();
        assertThat(shop.preflight("https://evil.example", METHODS, "Authorization")).isEmpty();
        assertThat(shop.actual("https://evil.example")).isEmpty();
        assertThat(shop.actual(null)).isEmpty();
        assertThat(shop.actual("http://localhost:5174")).isEmpty();
        assertThat(shop.actual("https://localhost:5173")).isEmpty();
    }

    @Test
    void actualRequestFromAnAllowedOriginMayReadTheHeadersClientsNeed() {
        assertThat(shop.actual("http://localhost:5173"))
                .containsEntry("Access-Control-Allow-Origin", "http://localhost:5173")
                .containsEntry("Access-Control-Expose-Headers", "ETag, Location, Retry-After, WWW-Authenticate");
    }

    @Test
    void requestedHeadersThatAreNotHeaderNamesAreNotReflected() {
        var headers = shop.preflight("http://localhost:5173", METHODS, "X-Ok, <script>, a b");

        assertThat(headers).containsEntry("Access-Control-Allow-Headers", "X-Ok");
    }

    @Test
    void wildcardAnswersStarAndDoesNotVaryByOrigin() {
        var any = new Cors(CorsSettings.parse("*", false));

        assertThat(any.actual("https://anyone.example")).containsEntry("Access-Control-Allow-Origin", "*");
        assertThat(any.variesByOrigin()).isFalse();
        assertThat(shop.variesByOrigin()).isTrue();
        assertThat(new Cors(CorsSettings.none()).variesByOrigin()).isFalse();
    }

    @Test
    void credentialsEchoTheOriginAndSayTrue() {
        var credentialed = new Cors(CorsSettings.parse("https://shop.example", true));

        assertThat(credentialed.actual("https://shop.example"))
                .containsEntry("Access-Control-Allow-Origin", "https://shop.example")
                .containsEntry("Access-Control-Allow-Credentials", "true");
    }

    @Test
    void wildcardWithCredentialsIsRefusedAtConfiguration() {
        assertThatThrownBy(() -> CorsSettings.parse("https://shop.example,*", true))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'*'");
    }

    @Test
    void anOriginWithAPathOrAnotherSchemeIsRefusedAtConfiguration() {
        for (var bad : List.of("https://shop.example/app", "ftp://shop.example", "shop.example", "https://")) {
            assertThatThrownBy(() -> CorsSettings.parse(bad, false)).as(bad)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("scheme://host");
        }
    }

    @Test
    void blankEntriesAreSkippedAndNoOriginsMeansCorsIsOff() {
        assertThat(CorsSettings.parse(" , ", false).allowedOrigins()).isEmpty();
        assertThat(new Cors(CorsSettings.parse("", false)).allows("http://localhost:5173")).isFalse();
    }
}
