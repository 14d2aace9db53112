package com.cumulus.commerce.devhost.edge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.cumulus.commerce.devhost.DevHost;
import com.cumulus.commerce.platform.Clock;
import com.cumulus.commerce.platform.Platform;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * host.json's customHeaders and the Host section's CORS as devhost reads them from its working directory,
 * with functions that set some of the same headers themselves.
 */
class FunctionHeadersThroughDevHostIT {

    @TempDir
    static Path workingDir;

    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static DevHost host;

    @BeforeAll
    static void start() throws Exception {
        Files.writeString(workingDir.resolve("host.json"), """
                {"version": "2.0", "extensions": {"http": {"routePrefix": "api",
                  "customHeaders": {"X-Frame-Options": "DENY", "X-Content-Type-Options": "nosniff"}}}}
                """);
        Files.writeString(workingDir.resolve("local.settings.json"), """
                {"IsEncrypted": false, "Values": {},
                 "Host": {"CORS": "https://shop.example", "CORSCredentials": true}}
                """);
        var platform = mock(Platform.class);
        when(platform.clock()).thenReturn(Clock.system());
        host = DevHost.start(workingDir, Map.of("DEVHOST_PORT", "0", "DEVHOST_OIDC_PORT", "0",
                "DEVHOST_SCAN_PACKAGES", "com.cumulus.commerce.devhost.edge"), platform);
    }

    @AfterAll
    static void stop() {
        if (host != null) {
            host.close();
        }
    }

    @Test
    void aFunctionsOwnHeaderWinsOverTheHostsAndTheRestStay() throws Exception {
        var response = get("/framed", "https://shop.example");

        assertThat(response.headers().allValues("X-Frame-Options")).containsExactly("SAMEORIGIN");
        assertThat(response.headers().allValues("X-Content-Type-Options")).containsExactly("nosniff");
        assertThat(get("/plain", null).headers().allValues("X-Frame-Options")).containsExactly("DENY");
    }

    @Test
    void aFunctionsVaryIsAddedToTheHostsRatherThanReplacingIt() throws Exception {
        var vary = String.join(",", get("/framed", "https://shop.example").headers().allValues("Vary"));

        assertThat(vary).contains("Origin").contains("Accept-Language");
    }

    @Test
    void credentialsFromTheHostSectionAreAnnouncedToAllowedOriginsOnly() throws Exception {
        var allowed = get("/plain", "https://shop.example").headers();
        var other = get("/plain", "https://other.example").headers();

        assertThat(allowed.firstValue("Access-Control-Allow-Origin")).hasValue("https://shop.example");
        assertThat(allowed.firstValue("Access-Control-Allow-Credentials")).hasValue("true");
        assertThat(other.firstValue("Access-Control-Allow-Origin")).isEmpty();
        assertThat(other.firstValue("Access-Control-Allow-Credentials")).isEmpty();
    }

    @Test
    void preflightListsEveryMethodTheRouteTakes() throws Exception {
        var request = HttpRequest.newBuilder(URI.create(host.baseUri() + "/framed"))
                .header("Origin", "https://shop.example").header("Access-Control-Request-Method", "POST")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build();

        var response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(204);
        assertThat(response.headers().firstValue("Access-Control-Allow-Methods")).hasValue("GET, POST");
        assertThat(response.headers().firstValue("Access-Control-Allow-Headers")).isEmpty();
    }

    private static HttpResponse<String> get(String path, String origin) throws Exception {
        var builder = HttpRequest.newBuilder(URI.create(host.baseUri() + path)).GET();
        if (origin != null) {
            builder.header("Origin", origin);
        }
        var response = CLIENT.send(builder.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response;
    }
}
