package com.cumulus.commerce.devhost.workflows;

import static org.assertj.core.api.Assertions.assertThat;

import com.cumulus.commerce.platform.Platform;
import com.cumulus.commerce.platform.Platforms;
import com.cumulus.commerce.platform.config.AppSettings;
import com.cumulus.commerce.platform.documents.DocumentContainer;
import com.cumulus.commerce.platform.http.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Map;
import java.util.concurrent.Executors;

/** The engine on the embedded platform, running the fixture project {@code workflows/engine} against a fake target. */
final class EngineFixture implements AutoCloseable {

    final FakeTarget target;
    final Platform platform;
    final WorkflowEngine engine;
    final RunStore store;
    final java.util.List<String> messagesSent = new java.util.concurrent.CopyOnWriteArrayList<>();
    /** While set, storing a run fails, as a full disk would. */
    final java.util.concurrent.atomic.AtomicBoolean failWrites = new java.util.concurrent.atomic.AtomicBoolean();
    /** Run documents the container was asked to write. */
    final java.util.concurrent.atomic.AtomicLong containerWrites = new java.util.concurrent.atomic.AtomicLong();

    EngineFixture(Path dataDir) throws Exception {
        this(dataDir, 8);
    }

    EngineFixture(Path dataDir, int threads) throws Exception {
        target = new FakeTarget();
        platform = Platforms.open(AppSettings.of(Map.of("COMMERCE_DATA_DIR", dataDir.toString())));
        var problems = new ArrayList<String>();
        var project = WorkflowProject.load(project("engine"), problems);
        assertThat(problems).isEmpty();
        var expressions = new StandardExpressions();
        new WorkflowValidator(expressions, project).validate(problems);
        assertThat(problems).isEmpty();
        Map<String, String> settings = Map.of("TARGET_URL", target.baseUrl());
        var parameters = WorkflowParameters.evaluate(project, expressions, settings::get);
        store = new RunStore(failing(platform.documents().container(RunStore.CONTAINER)));
        var tokens = new ManagedIdentityTokens((client, audience) -> "token-for-" + audience, Duration.ofHours(1),
                Instant::now);
        var http = new HttpAction(HttpClient.newHttpClient(), tokens, Instant::now, Sleeper.threads());
        var parts = new EngineParts(expressions, store, http,
                (entity, message) -> messagesSent.add(entity + ":" + message.body()), Instant::now, settings::get,
                parameters, Executors.newCachedThreadPool(), Sleeper.threads());
        engine = new WorkflowEngine(parts, project, threads, false);
    }

    private DocumentContainer failing(DocumentContainer container) {
        return (DocumentContainer) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {DocumentContainer.class}, (proxy, method, args) -> {
                    if (method.getName().equals("upsert") || method.getName().equals("executeBatch")) {
                        containerWrites.incrementAndGet();
                        if (failWrites.get()) {
                            throw new IllegalStateException("disk full");
                        }
                    }
                    try {
                        return method.invoke(container, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    static Path project(String name) {
        return Path.of("src", "test", "resources", "workflows", name).toAbsolutePath();
    }

    /** Starts a run of {@code workflow} with that trigger body and waits for it to end. */
    ObjectNode run(String workflow, String triggerBody) throws Exception {
        var started = start(workflow, triggerBody);
        return await(workflow, started.runId());
    }

    WorkflowEngine.StartedRun start(String workflow, String triggerBody) throws Exception {
        var definition = engine.project().workflow(workflow);
        var outputs = Json.mapper().createObjectNode();
        outputs.set("body", Json.mapper().readTree(triggerBody));
        var trigger = WorkflowEngine.triggerRecord(definition.triggerName(), Json.mapper().createObjectNode(),
                outputs, Instant.now());
        return engine.start(definition, trigger, null, definition.hasResponse());
    }

    ObjectNode await(String workflow, String runId) throws InterruptedException {
        var deadline = Instant.now().plusSeconds(30);
        while (Instant.now().isBefore(deadline)) {
            var run = store.load(workflow, runId).orElseThrow();
            if (!run.status().equals(RunRecord.RUNNING)) {
                return run.snapshot();
            }
            Thread.sleep(20);
        }
        throw new AssertionError("run " + runId + " still running after 30 s");
    }

    static JsonNode action(ObjectNode run, String key) {
        return run.path("actions").path(key);
    }

    @Override
    public void close() {
        engine.close(Duration.ofSeconds(1));
        platform.close();
        target.close();
    }
}
