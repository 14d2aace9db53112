package com.cumulus.commerce.platform.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cumulus.commerce.platform.config.AppSettings;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IdentitySettingsTest {

    private static final String EXTERNAL_ID = "https://6f1c2d3e-0000-4000-8000-00000000c0de.ciamlogin.com/"
            + "6f1c2d3e-0000-4000-8000-00000000c0de/v2.0";

    @Test
    void derivesTheMetadataUrlAndDefaults() {
        var settings = read(Map.of(IdentitySettings.ISSUER, EXTERNAL_ID));

        assertThat(settings.issuerId()).isEqualTo(EXTERNAL_ID);
        assertThat(settings.metadataUrl()).hasToString(EXTERNAL_ID + "/.well-known/openid-configuration");
        assertThat(settings.audiences()).containsExactly("api://cumulus-commerce");
        assertThat(settings.clockSkew()).isEqualTo(Duration.ofMinutes(5));
        assertThat(settings.mfaAuthContext()).isEmpty();
    }

    @Test
    void keepsAB2cIssuerExactlyAndItsPolicyMetadata() {
        String issuer = "https://contoso.b2clogin.com/6f1c2d3e-0000-4000-8000-00000000c0de/v2.0/";
        String metadata = "https://contoso.b2clogin.com/contoso.onmicrosoft.com/B2C_1_signin/v2.0/"
                + ".well-known/openid-configuration";

        var settings = read(Map.of(IdentitySettings.ISSUER, issuer, IdentitySettings.METADATA_URL, metadata));

        assertThat(settings.issuerId()).isEqualTo(issuer);
        assertThat(settings.metadataUrl()).hasToString(metadata);
    }

    @Test
    void readsAudiencesContextAndSkew() {
        var settings = read(Map.of(IdentitySettings.ISSUER, "http://127.0.0.1:7072/commerce",
                IdentitySettings.AUDIENCE, " api://cumulus-commerce, 0c0ffee0-1111-2222-3333-444455556666 ,",
                IdentitySettings.MFA_AUTH_CONTEXT, "c1",
                IdentitySettings.CLOCK_SKEW_SECONDS, "60"));

        assertThat(settings.audiences()).containsExactly("api://cumulus-commerce", "0c0ffee0-1111-2222-3333-444455556666");
        assertThat(settings.mfaAuthContext()).contains("c1");
        assertThat(settings.clockSkew()).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void requiresTheIssuer() {
        assertRefused(Map.of(), "'IDENTITY_ISSUER'");
    }

    @Test
    void refusesPlainHttpAwayFromLoopback() {
        assertRefused(Map.of(IdentitySettings.ISSUER, "http://login.example.com/tenant/v2.0"), "'IDENTITY_ISSUER'");
        assertRefused(Map.of(IdentitySettings.ISSUER, EXTERNAL_ID,
                IdentitySettings.METADATA_URL, "http://login.example.com/.well-known/openid-configuration"),
                "'IDENTITY_METADATA_URL'");
        assertRefused(Map.of(IdentitySettings.ISSUER, "not a url"), "'IDENTITY_ISSUER'");
        assertThat(read(Map.of(IdentitySettings.ISSUER, "http://localhost:7072/commerce")).issuerId())
                .isEqualTo("http://localhost:7072/commerce");
    }

    @Test
    void capsTheClockSkewAtFiveMinutes() {
        assertRefused(Map.of(IdentitySettings.ISSUER, EXTERNAL_ID, IdentitySettings.CLOCK_SKEW_SECONDS, "301"),
                "'IDENTITY_CLOCK_SKEW_SECONDS'");
        assertRefused(Map.of(IdentitySettings.ISSUER, EXTERNAL_ID, IdentitySettings.CLOCK_SKEW_SECONDS, "-1"),
                "'IDENTITY_CLOCK_SKEW_SECONDS'");
        assertRefused(Map.of(IdentitySettings.ISSUER, EXTERNAL_ID, IdentitySettings.CLOCK_SKEW_SECONDS, "five"),
                "'IDENTITY_CLOCK_SKEW_SECONDS'");
        assertThatThrownBy(() -> new IdentitySettings(java.net.URI.create(EXTERNAL_ID), java.net.URI.create(EXTERNAL_ID),
                List.of("a"), Optional.empty(), Duration.ofMinutes(6)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'clockSkew'");
    }

    @Test
    void refusesAnEmptyAudienceList() {
        assertRefused(Map.of(IdentitySettings.ISSUER, EXTERNAL_ID, IdentitySettings.AUDIENCE, " , "),
                "'IDENTITY_AUDIENCE'");
    }

    @Test
    void refusesAnAuthContextThatCouldBreakTheChallengeHeader() {
        assertRefused(Map.of(IdentitySettings.ISSUER, EXTERNAL_ID, IdentitySettings.MFA_AUTH_CONTEXT, "c1\", x=\"y"),
                "'IDENTITY_MFA_AUTH_CONTEXT'");
    }

    private static IdentitySettings read(Map<String, String> values) {
        return IdentitySettings.from(AppSettings.of(new HashMap<>(values)));
    }

    private static void assertRefused(Map<String, String> values, String settingName) {
        assertThatThrownBy(() -> read(values))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(settingName);
    }
}
