package com.cumulus.commerce.devhost.probe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.cumulus.commerce.devhost.testing.DevHostProcess;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills devhost with SIGKILL while queue messages and change-feed documents are in flight, restarts it on the
 * same data folder, and checks that everything the host acknowledged (a 2xx answer) is processed at least once.
 */
class CrashRecoveryIT {

    private static final int REQUESTS = 900;
    private static final int KILL_AFTER_ACKNOWLEDGED = 300;

    @TempDir
    Path dataDir;

    @Test
    void everyAcknowledgedMessageAndDocumentIsProcessedAfterSigkill() throws Exception {
        Path log = Path.of("target", "crash-recovery-devhost.log");
        Files.createDirectories(log.getParent());
        Files.deleteIfExists(log);
        int port = DevHostProcess.freePort();
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();

        DevHostProcess first = DevHostProcess.start(dataDir, port, "com.cumulus.commerce.devhost.probe", log);
        ExecutorService senders = Executors.newFixedThreadPool(8);
        for (int i = 0; i < REQUESTS; i++) {
            int n = i;
            senders.submit(() -> send(client, first, n, acknowledged));
        }
        awaitAtLeast(acknowledged, KILL_AFTER_ACKNOWLEDGED, Duration.ofSeconds(60));
        first.kill();
        senders.shutdown();
        assertThat(senders.awaitTermination(60, TimeUnit.SECONDS)).isTrue();

        Set<String> processedBeforeRestart = processed();
        Set<String> inFlight = new HashSet<>(acknowledged);
        inFlight.removeAll(processedBeforeRestart);
        assertThat(inFlight).as("acknowledged but not yet processed when killed").isNotEmpty();
        assertThat(acknowledged).anyMatch(id -> id.startsWith("message-"));
        assertThat(acknowledged).anyMatch(id -> id.startsWith("document-"));

        try (DevHostProcess second = DevHostProcess.start(dataDir, port, "com.cumulus.commerce.devhost.probe", log)) {
            Set<String> missing = new HashSet<>(acknowledged);
            await().atMost(Duration.ofSeconds(90))
                    .pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
                missing.removeAll(processed());
                assertThat(missing).as("acknowledged before the kill, never processed after the restart").isEmpty();
            });
        }
    }

    private static void send(HttpClient client, DevHostProcess host, int n, Set<String> acknowledged) {
        boolean message = n % 2 == 0;
        String id = Integer.toString(n);
        var request = message
                ? HttpRequest.newBuilder(host.uri("/api/probe/messages/" + id)).POST(HttpRequest.BodyPublishers.noBody())
                : HttpRequest.newBuilder(host.uri("/api/probe/documents/" + id)).PUT(HttpRequest.BodyPublishers.noBody());
        try {
            var response = client.send(request.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() / 100 == 2) {
                acknowledged.add((message ? "message-" : "document-") + id);
            }
        } catch (IOException notAcknowledged) {
            // the host is gone: the request was never acknowledged, so nothing is owed for it
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void awaitAtLeast(Set<String> set, int count, Duration timeout) {
        await().atMost(timeout).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(5)).untilAsserted(() ->
                assertThat(set.size()).as("acknowledged before the kill").isGreaterThanOrEqualTo(count));
    }

    /** Reads the processed ids straight from the documents file, as another process would. */
    private Set<String> processed() throws SQLException {
        Path file = dataDir.resolve("documents.db");
        Set<String> ids = new HashSet<>();
        if (!Files.exists(file)) {
            return ids;
        }
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + file);
             var st = c.prepareStatement("SELECT id FROM documents WHERE container = ?")) {
            st.setString(1, "probe-processed");
            try (var rs = st.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
        }
        return ids;
    }
}
