package com.cumulus.commerce.devhost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import com.cumulus.commerce.platform.Platform;
import com.cumulus.commerce.platform.Platforms;
import com.cumulus.commerce.platform.config.AppSettings;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * A secret from the local vault reaches a function through a Key Vault reference, and the function leaks it
 * every way careless code does (a log line, an exception message, a cause): no captured log line and no
 * response body may hold it.
 */
class SecretsNeverLoggedIT {

    @TempDir
    Path workingDir;

    private final ListAppender<ILoggingEvent> captured = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private Platform platform;
    private Path dataDir;

    @BeforeEach
    void captureLogsAndOpenTheVault() throws Exception {
        captured.start();
        root.addAppender(captured);
        Files.writeString(workingDir.resolve("host.json"), """
                {"version": "2.0", "extensions": {"http": {"routePrefix": "api"}}}
                """);
        dataDir = workingDir.resolve("data");
        platform = Platforms.open(AppSettings.of(Map.of("COMMERCE_DATA_DIR", dataDir.toString())));
    }

    @AfterEach
    void stopCapturing() {
        root.detachAppender(captured);
        platform.close();
    }

    @Test
    void aSecretResolvedFromTheVaultNeverReachesALogLineOrAnErrorBody() throws Exception {
        String secret = platform.secrets().getOrCreateRandom("psp-webhook-secret");
        var settings = Map.of("DEVHOST_PORT", "0", "DEVHOST_OIDC_PORT", "0", "COMMERCE_DATA_DIR", dataDir.toString(),
                "DEVHOST_SCAN_PACKAGES", "com.cumulus.commerce.devhost.sample.secrets",
                "PSP_WEBHOOK_SECRET",
                "@Microsoft.KeyVault(SecretUri=https://local.vault.azure.net/secrets/psp-webhook-secret)");
        HttpResponse<String> digest;
        HttpResponse<String> failure;
        try (var host = DevHost.start(workingDir, settings, platform)) {
            var client = HttpClient.newHttpClient();
            digest = client.send(HttpRequest.newBuilder(URI.create(host.baseUri() + "/secret-digest")).build(),
                    HttpResponse.BodyHandlers.ofString());
            failure = client.send(HttpRequest.newBuilder(URI.create(host.baseUri() + "/leak")).build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        assertThat(digest.body()).as("the function saw the secret itself, not the reference").isEqualTo(sha256(secret));
        assertThat(failure.statusCode()).isEqualTo(500);
        assertThat(failure.body()).doesNotContain(secret);
        String logs = render(captured.list);
        assertThat(logs).as("the leaks were logged, redacted")
                .contains("signing the PSP call with ***")
                .contains("the PSP refused a signature made with ***")
                .contains("bad key ***")
                .doesNotContain(secret);
    }

    @Test
    void anUnresolvedReferenceStopsStartUpNamingTheSettingButNotTheReference() {
        var settings = Map.of("DEVHOST_PORT", "0", "DEVHOST_OIDC_PORT", "0", "COMMERCE_DATA_DIR", dataDir.toString(),
                "DEVHOST_SCAN_PACKAGES", "com.cumulus.commerce.devhost.sample.secrets",
                "PSP_WEBHOOK_SECRET", "@Microsoft.KeyVault(VaultName=local;SecretName=never-stored)");

        assertThatThrownBy(() -> DevHost.start(workingDir, settings, platform))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'PSP_WEBHOOK_SECRET'")
                .hasMessageContaining("'never-stored'")
                .hasMessageNotContaining("@Microsoft.KeyVault");
        assertThat(render(captured.list)).doesNotContain("devhost ready");
    }

    private static String render(List<ILoggingEvent> events) {
        return events.stream()
                .map(e -> e.getFormattedMessage() + "\n" + (e.getThrowableProxy() == null ? ""
                        : ThrowableProxyUtil.asString(e.getThrowableProxy())))
                .collect(Collectors.joining("\n"));
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
