package com.cumulus.commerce.devhost.workflows;

import static org.assertj.core.api.Assertions.assertThat;

import com.cumulus.commerce.platform.http.Json;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGKILL while a run waits between two steps: after the restart the run resumes at the Wait (keeping its
 * wake-up time), the second step runs once and the first never runs again.
 */
class WorkflowCrashRecoveryIT {

    @TempDir
    Path dataDir;

    @Test
    void aRunKilledDuringAWaitResumesAfterRestartWithoutRepeatingCompletedSteps() throws Exception {
        var log = Path.of("target", "workflow-crash-devhost.log");
        Files.createDirectories(log.getParent());
        Files.deleteIfExists(log);
        int port = freePort();
        var first = start(port, log);
        String runId;
        try {
            var sig = Json.mapper().readTree(dataDir.resolve("keys").resolve("workflows.json").toFile())
                    .path("workflows").path("slow-steps").asText();
            var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                    + "/api/slow-steps/triggers/manual/invoke?api-version=2022-05-01&sig=" + sig))
                    .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.discarding());
            assertThat(response.statusCode()).isEqualTo(202);
            runId = response.headers().firstValue("x-ms-workflow-run-id").orElseThrow();
            awaitStored(runId, "\"Pause\"", Duration.ofSeconds(30));
        } finally {
            first.destroyForcibly();
            first.waitFor();
        }
        assertThat(calls("one")).isEqualTo(1);
        assertThat(calls("two")).isZero();
        assertThat(runJson(runId)).contains("\"status\":\"Running\"");

        var second = start(port, log);
        try {
            var deadline = Instant.now().plusSeconds(60);
            var run = Json.mapper().readTree(runJson(runId));
            while (run.path("status").asText().equals("Running") && Instant.now().isBefore(deadline)) {
                Thread.sleep(100);
                run = Json.mapper().readTree(runJson(runId));
            }
            assertThat(run.path("status").asText()).isEqualTo("Succeeded");
            assertThat(run.path("actions").path("Step_two").path("status").asText()).isEqualTo("Succeeded");
            assertThat(calls("one")).as("a completed step never runs again").isEqualTo(1);
            assertThat(calls("two")).isEqualTo(1);
        } finally {
            second.destroy();
            second.waitFor();
        }
    }

    private Process start(int port, Path log) throws Exception {
        var repoRoot = Path.of("").toAbsolutePath().getParent();
        var java = Path.of(System.getProperty("java.home"), "bin", "java");
        var builder = new ProcessBuilder(List.of(java.toString(), "-Xmx512m", "-cp",
                System.getProperty("java.class.path"), "com.cumulus.commerce.devhost.DevHost"))
                .directory(repoRoot.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().put("DEVHOST_PORT", Integer.toString(port));
        builder.environment().put("DEVHOST_OIDC_PORT", "0");
        builder.environment().put("COMMERCE_DATA_DIR", dataDir.toString());
        builder.environment().put("DEVHOST_SCAN_PACKAGES", "com.cumulus.commerce.devhost.workflows");
        builder.environment().put("DEVHOST_WORKFLOWS_DIR", EngineFixture.project("devhost").toString());
        builder.environment().put("ORDERS_API_BASE_URL", "");
        var process = builder.start();
        var client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        var deadline = Instant.now().plusSeconds(60);
        while (Instant.now().isBefore(deadline)) {
            assertThat(process.isAlive()).as("devhost exited during start-up, see " + log).isTrue();
            try {
                // the ops routes ask for a token (401) once the workflows have started
                var answer = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                        + "/api/ops/workflows")).build(), HttpResponse.BodyHandlers.discarding());
                if (answer.statusCode() == 401) {
                    return process;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        throw new AssertionError("devhost not ready within 60 s");
    }

    private void awaitStored(String runId, String fragment, Duration timeout) throws Exception {
        var deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (runJson(runId).contains(fragment)) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("run " + runId + " never stored " + fragment + ": " + runJson(runId));
    }

    private String runJson(String runId) throws Exception {
        return query("SELECT body FROM documents WHERE container = 'workflow-runs' AND id = '" + runId + "'")
                .stream().findFirst().orElse("");
    }

    private long calls(String step) throws Exception {
        return query("SELECT id FROM documents WHERE container = 'wf-steps'").stream()
                .filter(id -> id.startsWith(step + "-")).count();
    }

    /** Reads the documents file directly, as another process would. */
    private List<String> query(String sql) throws Exception {
        var file = dataDir.resolve("documents.db");
        var rows = new ArrayList<String>();
        if (!Files.exists(file)) {
            return rows;
        }
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + file); var st = c.createStatement();
             var rs = st.executeQuery(sql)) {
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
        }
        return rows;
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
