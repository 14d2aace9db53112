package com.cumulus.commerce.devhost.workflows;

import static org.assertj.core.api.Assertions.assertThat;

import com.cumulus.commerce.platform.Platform;
import com.cumulus.commerce.platform.Platforms;
import com.cumulus.commerce.platform.config.AppSettings;
import com.cumulus.commerce.platform.documents.DocumentContainer;
import com.cumulus.commerce.platform.documents.DocumentQuery;
import com.cumulus.commerce.platform.http.Json;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunStoreTest {

    @TempDir
    Path dataDir;

    private Platform platform;
    private DocumentContainer container;
    private RunStore store;

    @BeforeEach
    void open() {
        platform = Platforms.open(AppSettings.of(Map.of("COMMERCE_DATA_DIR", dataDir.toString())));
        container = platform.documents().container(RunStore.CONTAINER);
        store = new RunStore(container);
    }

    @AfterEach
    void close() {
        platform.close();
    }

    @Test
    void aWriteCarriesTheHeaderWhenItChangedAndOnlyTheActionsRecordedSince() {
        var run = RunRecord.start("saga", "run-1", Json.mapper().createObjectNode().put("name", "manual"),
                Instant.parse("2026-12-04T10:00:00Z"), null);
        store.save(run);
        run.putAction("Saga/Reserve", result("Succeeded", "x".repeat(2000)));
        store.save(run);
        long before = container.read("run-1", "run-1").orElseThrow().lsn();
        run.putAction("Saga/Pay", result("Succeeded", "paid"));
        store.save(run);

        assertThat(container.read("run-1", "run-1").orElseThrow().lsn()).as("the unchanged header is not rewritten")
                .isEqualTo(before);
        var reserve = container.read("run-1", RunStore.actionId("run-1", "Saga/Reserve")).orElseThrow();
        var pay = container.read("run-1", RunStore.actionId("run-1", "Saga/Pay")).orElseThrow();
        assertThat(pay.lsn()).as("written after Reserve, which was not written again").isGreaterThan(reserve.lsn());
        assertThat(store.writes()).as("one batch per save").isEqualTo(3);

        store.save(run);
        assertThat(store.writes()).as("nothing changed, nothing written").isEqualTo(3);

        run.finish("Succeeded", null, Instant.parse("2026-12-04T10:00:01Z"));
        store.save(run);
        var loaded = store.load("saga", "run-1").orElseThrow().snapshot();
        assertThat(loaded.path("status").asText()).isEqualTo("Succeeded");
        assertThat(loaded.path("actions").path("Saga/Reserve").path("outputs").asText()).hasSize(2000);
        assertThat(loaded.path("actions").path("Saga/Pay").path("outputs").asText()).isEqualTo("paid");
        assertThat(store.page("saga", null, 10, null).items()).singleElement()
                .satisfies(header -> assertThat(header.has("actions")).as("a listing carries headers only").isFalse());
        assertThat(store.count("saga", "Succeeded")).isEqualTo(1);
        assertThat(store.running()).isEmpty();
    }

    @Test
    void whatAFailedWriteCarriedIsCarriedByTheNextOne() {
        var failNext = new java.util.concurrent.atomic.AtomicBoolean(true);
        var failing = (DocumentContainer) java.lang.reflect.Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {DocumentContainer.class}, (proxy, method, args) -> {
                    if (method.getName().equals("executeBatch") && failNext.getAndSet(false)) {
                        throw new IllegalStateException("disk full");
                    }
                    try {
                        return method.invoke(container, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        var flaky = new RunStore(failing);
        var run = RunRecord.start("saga", "run-2", Json.mapper().createObjectNode(), Instant.now(), null);
        run.putAction("Reserve", result("Succeeded", "held"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> flaky.save(run)).hasMessage("disk full");
        assertThat(flaky.load("saga", "run-2")).isEmpty();

        run.putAction("Pay", result("Succeeded", "paid"));
        flaky.save(run);

        var loaded = flaky.load("saga", "run-2").orElseThrow();
        assertThat(loaded.action("Reserve").path("outputs").asText()).isEqualTo("held");
        assertThat(loaded.action("Pay").path("outputs").asText()).isEqualTo("paid");
        assertThat(run.changes().isEmpty()).isTrue();
    }

    @Test
    void aRunWrittenWholeByAnEarlierVersionLoadsListsAndResumesAndIsThenStoredInParts() throws Exception {
        var whole = (ObjectNode) Json.mapper().readTree("""
                {"id": "run-old", "workflow": "saga", "status": "Running", "startTime": "2026-12-01T10:00:00Z",
                 "startedAtMillis": 1764583200000, "trigger": {"name": "manual"},
                 "actions": {"Saga/Reserve": {"name": "Reserve", "status": "Succeeded", "outputs": "held"}}}""");
        container.upsert("saga", "run-old", whole.toString());

        var running = store.running();
        assertThat(running).singleElement().satisfies(run ->
                assertThat(run.action("Saga/Reserve").path("outputs").asText()).isEqualTo("held"));
        assertThat(store.page("saga", "Running", 10, null).items()).extracting(run -> run.path("id").asText())
                .containsExactly("run-old");

        var run = store.load("saga", "run-old").orElseThrow();
        run.putAction("Saga/Pay", result("Succeeded", "paid"));
        store.save(run);
        var reloaded = store.load("saga", "run-old").orElseThrow().snapshot();
        assertThat(reloaded.path("actions").path("Saga/Reserve").path("outputs").asText()).isEqualTo("held");
        assertThat(reloaded.path("actions").path("Saga/Pay").path("outputs").asText()).isEqualTo("paid");
        assertThat(container.query(new DocumentQuery("run-old", java.util.List.of(), null, 10, null)).items())
                .as("the header and both actions now in the run's own partition").hasSize(3);
    }

    private static ObjectNode result(String status, String outputs) {
        var node = Json.mapper().createObjectNode();
        node.put("status", status);
        node.put("outputs", outputs);
        return node;
    }
}
