package com.cumulus.commerce.devhost.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.cumulus.commerce.devhost.DevHost;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokenMintingRefusedIT {

    private static final String TENANT_ISSUER =
            "https://11111111-2222-3333-4444-555555555555.ciamlogin.com/11111111-2222-3333-4444-555555555555/v2.0";

    @TempDir
    Path workingDir;

    @Test
    void aRealTenantIssuerKeepsTheEmbeddedIssuerOffAndTheHelperRefuses() throws Exception {
        Files.writeString(workingDir.resolve("local.settings.json"), "{\"Values\": {}}");
        try (var host = DevHost.start(workingDir, Map.of(
                "DEVHOST_PORT", "0",
                "DEVHOST_OIDC_PORT", "0",
                "IDENTITY_ISSUER", TENANT_ISSUER,
                "COMMERCE_DATA_DIR", workingDir.resolve("data").toString(),
                "DEVHOST_SCAN_PACKAGES", "com.cumulus.commerce.devhost.identity.nofunctions"))) {

            var response = IssuerFixture.postJson("http://127.0.0.1:" + host.port() + TokenMintingHandler.PATH,
                    "{\"user\": \"alice\", \"mfa\": true}");

            assertThat(host.issuer()).isEmpty();
            assertThat(System.getProperty("IDENTITY_ISSUER")).isEqualTo(TENANT_ISSUER);
            assertThat(response.statusCode()).isEqualTo(403);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(response.body()).doesNotContain("access_token");
        }
    }
}
