package com.cumulus.commerce.devhost.workflows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts, resumes and stops runs on a bounded pool of platform threads. A run is stored before anyone is told
 * it exists (the trigger completes its message, the caller gets 202), so no acknowledged run is lost.
 */
final class WorkflowEngine {

    static final int DEFAULT_RUNS = 25;
    private static final Logger LOG = LoggerFactory.getLogger("devhost.workflows");

    private final EngineParts parts;
    private final WorkflowProject project;
    private final ExecutorService pool;
    private final boolean logRuns;
    private final Map<String, RunSlots> slots = new ConcurrentHashMap<>();
    private final ScheduledExecutorService wakeUps = Executors.newSingleThreadScheduledExecutor(
            named("devhost-workflow-wake"));

    WorkflowEngine(EngineParts parts, WorkflowProject project, int threads, boolean logRuns) {
        this.parts = parts;
        this.project = project;
        this.logRuns = logRuns;
        this.pool = new ThreadPoolExecutor(threads, threads, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                named("devhost-workflow-run"));
        for (var workflow : project.workflows()) {
            var runs = workflow.trigger().path("runtimeConfiguration").path("concurrency").path("runs")
                    .asInt(DEFAULT_RUNS);
            slots.put(workflow.name(), new RunSlots(runs, pool));
        }
    }

    EngineParts parts() {
        return parts;
    }

    WorkflowProject project() {
        return project;
    }

    int freeSlots(String workflow) {
        return slots.get(workflow).free();
    }

    /** Stores a new run (durable on return), then queues it. */
    StartedRun start(WorkflowDefinition workflow, JsonNode trigger, String traceparent, boolean wantsResponse) {
        var now = parts.clock().get();
        var run = RunRecord.start(workflow.name(), newRunId(now), trigger, now, traceparent);
        parts.store().save(run);
        if (logRuns) {
            LOG.info("workflow {} run {} started", workflow.name(), run.id());
        }
        var response = wantsResponse ? new CompletableFuture<JsonNode>() : null;
        submit(workflow, run, response);
        return new StartedRun(run.id(), response);
    }

    /** Queues every stored run still Running: they resume where they stopped. */
    int resume() {
        int resumed = 0;
        for (var run : parts.store().running()) {
            var workflow = project.workflow(run.workflow());
            if (workflow == null) {
                LOG.warn("run {} of workflow '{}' stays Running: the workflow is gone", run.id(), run.workflow());
                continue;
            }
            if (logRuns) {
                LOG.info("workflow {} run {} resumed", workflow.name(), run.id());
            }
            submit(workflow, run, null);
            resumed++;
        }
        return resumed;
    }

    private void submit(WorkflowDefinition workflow, RunRecord run, CompletableFuture<JsonNode> response) {
        slots.get(workflow.name()).submit(() -> execute(workflow, run, response));
    }

    private void execute(WorkflowDefinition workflow, RunRecord run, CompletableFuture<JsonNode> response) {
        var suspended = false;
        try {
            var status = new RunExecution(parts, workflow, run, response).execute();
            if (logRuns) {
                LOG.info("workflow {} run {} {} ({} ms)", workflow.name(), run.id(), status,
                        Duration.between(run.startTime(), parts.clock().get()).toMillis());
            }
        } catch (RunSuspended wait) {
            suspended = true;
            var delay = Math.max(0, Duration.between(parts.clock().get(), wait.wakeAt).toMillis());
            try {
                wakeUps.schedule(() -> submit(workflow, run, response), delay, TimeUnit.MILLISECONDS);
            } catch (java.util.concurrent.RejectedExecutionException stopping) {
                suspended = false;
            }
        } catch (RunInterrupted stopping) {
            if (logRuns) {
                LOG.info("workflow {} run {} left Running for the next start", workflow.name(), run.id());
            }
        } catch (RuntimeException e) {
            LOG.error("workflow {} run {} stopped by an engine error, left Running: {}", workflow.name(), run.id(),
                    e.toString());
        } finally {
            if (response != null && !suspended) {
                response.complete(null);
            }
        }
    }

    /** Lets runs in flight finish for {@code grace}, then interrupts them; unfinished ones stay Running. */
    void close(Duration grace) {
        wakeUps.shutdownNow();
        pool.shutdown();
        parts.branches().shutdown();
        try {
            if (!pool.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                pool.shutdownNow();
                parts.branches().shutdownNow();
                pool.awaitTermination(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            pool.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    /** Time-ordered descending like Logic Apps run ids, so the newest sorts first. */
    static String newRunId(Instant now) {
        return String.format("%013d%08X", 9_999_999_999_999L - now.toEpochMilli(),
                ThreadLocalRandom.current().nextInt());
    }

    static java.util.concurrent.ThreadFactory named(String prefix) {
        var count = new AtomicInteger();
        return runnable -> {
            var thread = new Thread(runnable, prefix + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    record StartedRun(String runId, CompletableFuture<JsonNode> response) {
    }

    static ObjectNode triggerRecord(String name, JsonNode inputs, JsonNode outputs, Instant now) {
        var node = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        node.put("name", name);
        node.set("inputs", inputs);
        node.set("outputs", outputs);
        node.put("startTime", now.toString());
        node.put("endTime", now.toString());
        node.put("status", "Succeeded");
        return node;
    }
}
