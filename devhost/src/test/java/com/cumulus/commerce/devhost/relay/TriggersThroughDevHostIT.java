package com.cumulus.commerce.devhost.relay;

import static org.assertj.core.api.Assertions.assertThat;

import com.cumulus.commerce.devhost.DevHost;
import com.cumulus.commerce.platform.Platforms;
import com.cumulus.commerce.platform.config.AppSettings;
import com.cumulus.commerce.platform.documents.Document;
import com.cumulus.commerce.platform.documents.DocumentQuery;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every non-HTTP trigger and output binding devhost offers, end to end on platform-local: storage queue,
 * Event Hubs (a batch and a single-event consumer group), a Service Bus topic subscription and a timer, with a
 * queue name taken from a %setting%.
 */
class TriggersThroughDevHostIT {

    @TempDir
    Path workingDir;

    @Test
    void oneHttpCallReachesEveryTriggerThroughItsBinding() throws Exception {
        Files.copy(Path.of("").toAbsolutePath().getParent().resolve("host.json"), workingDir.resolve("host.json"));
        Files.writeString(workingDir.resolve("local.settings.json"), """
                {"IsEncrypted": false, "Values": {
                  "AzureWebJobsStorage": "UseDevelopmentStorage=true",
                  "CosmosDBConnection": "AccountEndpoint=https://localhost:8081/",
                  "ServiceBusConnection": "Endpoint=sb://localhost/",
                  "EventHubConnection": "Endpoint=sb://localhost/",
                  "RELAY_QUEUE": "relay-work"}}
                """);
        Path dataDir = workingDir.resolve("data");
        var overrides = Map.of("DEVHOST_PORT", "0", "DEVHOST_OIDC_PORT", "0", "COMMERCE_DATA_DIR", dataDir.toString(),
                "DEVHOST_SCAN_PACKAGES", "com.cumulus.commerce.devhost.relay");
        try (var host = DevHost.start(workingDir, overrides)) {
            var platform = Platforms.open(AppSettings.of(Map.of("COMMERCE_DATA_DIR", dataDir.toString())));
            var client = HttpClient.newHttpClient();
            for (String id : new String[] {"alpha", "beta"}) {
                var response = client.send(HttpRequest.newBuilder(URI.create(host.baseUri() + "/relay/" + id))
                        .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding());
                assertThat(response.statusCode()).isEqualTo(202);
            }

            Set<String> expected = Set.of("queue-alpha-1", "queue-beta-1", "hub-many-alpha", "hub-many-beta",
                    "hub-one-alpha", "hub-one-beta", "topic-alpha-1", "topic-beta-1", "timer");
            Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
            Set<String> seen = Set.of();
            while (Instant.now().isBefore(deadline) && !seen.containsAll(expected)) {
                Thread.sleep(100);
                seen = platform.documents().container("relay-seen").query(DocumentQuery.all(100)).items().stream()
                        .map(Document::id).collect(Collectors.toSet());
            }
            assertThat(seen).containsAll(expected).doesNotContain("timer-without-info");
        }
    }
}
