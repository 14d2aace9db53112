package com.cumulus.commerce.devhost.workflows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.cumulus.commerce.devhost.testing.DevHostProcess;
import com.cumulus.commerce.platform.http.Json;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
        int port = DevHostProcess.freePort();
        var first = start(port, log);
        String runId;
        try {
            var sig = Json.mapper().readTree(dataDir.resolve("keys").resolve("workflows.json").toFile())
                    .path("workflows").path("slow-steps").asText();
            var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(first.uri(
                    "/api/slow-steps/triggers/manual/invoke?api-version=2022-05-01&sig=" + sig))
                    .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.discarding());
            assertThat(response.statusCode()).isEqualTo(202);
            runId = response.headers().firstValue("x-ms-workflow-run-id").orElseThrow();
            awaitStored(runId, "\"Pause\"", Duration.ofSeconds(30));
        } finally {
            first.kill();
        }
        assertThat(calls("one")).isEqualTo(1);
        assertThat(calls("two")).isZero();
        assertThat(runJson(runId)).contains("\"status\":\"Running\"");

        try (var second = start(port, log)) {
            var run = await().atMost(Duration.ofSeconds(60))
                    .pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(100))
                    .until(() -> Json.mapper().readTree(runJson(runId)),
                            stored -> !stored.path("status").asText().equals("Running"));
            assertThat(run.path("status").asText()).isEqualTo("Succeeded");
            assertThat(run.path("actions").path("Step_two").path("status").asText()).isEqualTo("Succeeded");
            assertThat(calls("one")).as("a completed step never runs again").isEqualTo(1);
            assertThat(calls("two")).isEqualTo(1);
        }
    }

    private DevHostProcess start(int port, Path log) {
        return DevHostProcess.start(dataDir, port, Map.of(
                "DEVHOST_SCAN_PACKAGES", "com.cumulus.commerce.devhost.workflows",
                "DEVHOST_WORKFLOWS_DIR", EngineFixture.project("devhost").toString(),
                "ORDERS_API_BASE_URL", ""), log);
    }

    private void awaitStored(String runId, String fragment, Duration timeout) {
        await("run " + runId + " stores " + fragment).atMost(timeout)
                .pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(50))
                .untilAsserted(() -> assertThat(runJson(runId)).contains(fragment));
    }

    /** The run as stored: its header, with the action documents of its partition put back under "actions". */
    private String runJson(String runId) throws Exception {
        var header = query("SELECT body FROM documents WHERE container = 'workflow-runs' AND pk = '" + runId
                + "' AND id = '" + runId + "'").stream().findFirst();
        if (header.isEmpty()) {
            return "";
        }
        var run = (ObjectNode) Json.mapper().readTree(header.get());
        var actions = run.putObject("actions");
        for (var body : query("SELECT body FROM documents WHERE container = 'workflow-runs' AND pk = '" + runId
                + "' AND id <> '" + runId + "'")) {
            var action = Json.mapper().readTree(body);
            actions.set(action.path("key").asText(), action.path("result"));
        }
        return run.toString();
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
}
