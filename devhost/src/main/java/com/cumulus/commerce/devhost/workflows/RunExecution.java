package com.cumulus.commerce.devhost.workflows;

import com.cumulus.commerce.devhost.workflows.expressions.ExpressionScope;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Executes one run by replaying its definition from the top: an action whose result is stored is not run
 * again (its result, and the variables it set, are taken from the store); the first unfinished one runs.
 * Sibling actions whose runAfter is met together run in parallel branches; Foreach iterations run in
 * parallel unless the loop is sequential.
 */
final class RunExecution {

    static final Set<String> TERMINAL = Set.of("Succeeded", "Failed", "Skipped", "TimedOut", "Cancelled");
    private static final Set<String> CONTAINERS = Set.of("Scope", "If", "Switch", "Foreach", "Until");
    /**
     * Actions whose effect reaches outside the run (a call, a message, an answer, time waited): stored as they end,
     * so that a resumed run does not do them again. The others (Compose, variables, containers, skipped actions)
     * are written with the next such write or the run's end: the run document is written whole, so whatever is
     * stored is a state the run really reached, and one replayed after a crash recomputes only results nothing
     * outside has seen.
     */
    private static final Set<String> EFFECTS = Set.of("Http", "ServiceProvider", "Response", "Wait");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** A longer Wait gives the run's thread back until it is due. */
    static final Duration SUSPEND_AFTER = Duration.ofSeconds(2);

    private final EngineParts parts;
    private final WorkflowDefinition workflow;
    private final RunRecord run;
    private final CompletableFuture<JsonNode> response;
    private final Variables variables = new Variables();
    private final Map<String, JsonNode> latest = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, JsonNode> byName = new HashMap<>();

    RunExecution(EngineParts parts, WorkflowDefinition workflow, RunRecord run, CompletableFuture<JsonNode> response) {
        this.parts = parts;
        this.workflow = workflow;
        this.run = run;
        this.response = response;
        WorkflowDefinition.visit(workflow.actions(), "", (path, action) ->
                byName.put(path.substring(path.lastIndexOf('/') + 1), action));
    }

    /**
     * Runs to the end and stores the final status.
     *
     * @throws RunInterrupted when the host stops first
     * @throws RunSuspended when a Wait has a while to go: everything so far is stored, replay at its wake-up time
     */
    String execute() {
        try {
            var outcome = container(workflow.actions(), Frame.root(), "");
            var failed = outcome.equals("Failed");
            run.finish(failed ? "Failed" : "Succeeded", failed ? ActionOutcome.error("ActionFailed",
                    "An action failed. No dependent actions succeeded.") : null, parts.clock().get());
        } catch (TerminateSignal terminate) {
            run.finish(terminate.runStatus, terminate.runError, parts.clock().get());
        }
        parts.store().save(run);
        if (response != null) {
            response.complete(null);
        }
        return run.status();
    }

    private String container(ObjectNode actions, Frame frame, String prefix) {
        var statuses = new HashMap<String, String>();
        while (statuses.size() < actions.size()) {
            var ready = new ArrayList<Map.Entry<String, JsonNode>>();
            for (var it = actions.fields(); it.hasNext();) {
                var entry = it.next();
                if (!statuses.containsKey(entry.getKey()) && ready(entry.getValue().path("runAfter"), statuses)) {
                    ready.add(entry);
                }
            }
            if (ready.isEmpty()) {
                break;
            }
            statuses.putAll(wave(ready, frame, prefix, Map.copyOf(statuses)));
        }
        return outcome(actions, statuses);
    }

    /** Runs the actions that became ready together, in parallel branches as Logic Apps does. */
    private Map<String, String> wave(List<Map.Entry<String, JsonNode>> ready, Frame frame, String prefix,
            Map<String, String> statuses) {
        var results = new java.util.concurrent.ConcurrentHashMap<String, String>();
        var first = ready.get(0);
        var branches = new ArrayList<Future<?>>();
        for (var entry : ready.subList(1, ready.size())) {
            try {
                branches.add(parts.branches().submit(() -> results.put(entry.getKey(),
                        step(entry, frame, prefix, statuses))));
            } catch (java.util.concurrent.RejectedExecutionException stopping) {
                branches.forEach(branch -> branch.cancel(true));
                throw new RunInterrupted();
            }
        }
        RuntimeException failure = null;
        RunSuspended suspended = null;
        try {
            results.put(first.getKey(), step(first, frame, prefix, statuses));
        } catch (RunSuspended e) {
            suspended = e;
        } catch (RuntimeException e) {
            failure = e;
            branches.forEach(branch -> branch.cancel(true));
        }
        for (var branch : branches) {
            try {
                branch.get();
            } catch (java.util.concurrent.CancellationException cancelled) {
                // cancelled because another branch terminated the run or the host is stopping
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RunSuspended later) {
                    suspended = RunSuspended.earliest(suspended, later);
                } else if (failure == null && e.getCause() instanceof RuntimeException cause) {
                    failure = cause;
                    branches.forEach(other -> other.cancel(true));
                }
            } catch (InterruptedException e) {
                branches.forEach(other -> other.cancel(true));
                Thread.currentThread().interrupt();
                throw new RunInterrupted();
            }
        }
        if (failure != null) {
            throw failure;
        }
        if (suspended != null) {
            throw suspended;
        }
        return results;
    }

    private String step(Map.Entry<String, JsonNode> entry, Frame frame, String prefix, Map<String, String> statuses) {
        var name = entry.getKey();
        var action = entry.getValue();
        var key = prefix + name;
        return runAfterMet(action.path("runAfter"), statuses) ? action(name, action, frame, key)
                : skip(name, action, frame, key);
    }

    private static boolean ready(JsonNode runAfter, Map<String, String> statuses) {
        for (var it = runAfter.fieldNames(); it.hasNext();) {
            if (!statuses.containsKey(it.next())) {
                return false;
            }
        }
        return true;
    }

    private static boolean runAfterMet(JsonNode runAfter, Map<String, String> statuses) {
        for (var it = runAfter.fields(); it.hasNext();) {
            var entry = it.next();
            var allowed = allowed(entry.getValue());
            if (!allowed.contains(statuses.get(entry.getKey()))) {
                return false;
            }
        }
        return true;
    }

    private static List<String> allowed(JsonNode statuses) {
        var allowed = new ArrayList<String>();
        statuses.forEach(status -> allowed.add(status.asText()));
        return allowed.isEmpty() ? List.of("Succeeded") : allowed;
    }

    /** Failed when an action failed or timed out and no sibling runs after that status (nothing handled it). */
    static String outcome(ObjectNode actions, Map<String, String> statuses) {
        for (var entry : statuses.entrySet()) {
            var status = entry.getValue();
            if (!status.equals("Failed") && !status.equals("TimedOut")) {
                continue;
            }
            var handled = false;
            for (var it = actions.elements(); it.hasNext() && !handled;) {
                var runAfter = it.next().path("runAfter").path(entry.getKey());
                handled = runAfter.isArray() && allowed(runAfter).contains(status);
            }
            if (!handled) {
                return "Failed";
            }
        }
        return "Succeeded";
    }

    private String action(String name, JsonNode action, Frame frame, String key) {
        var type = action.path("type").asText();
        var stored = run.action(key);
        if (stored != null && TERMINAL.contains(stored.path("status").asText()) && !CONTAINERS.contains(type)) {
            reuse(name, stored, frame);
            return stored.path("status").asText();
        }
        if (Thread.currentThread().isInterrupted()) {
            throw new RunInterrupted();
        }
        var started = stored != null ? Instant.parse(stored.path("startTime").asText()) : parts.clock().get();
        ActionOutcome outcome;
        try {
            outcome = execute(name, type, action, frame, key, stored, started);
        } catch (TerminateSignal e) {
            if (CONTAINERS.contains(type)) {
                // the container ends with the run: recorded with the run's status in the run's final write
                record(name, type, key, frame, started,
                        new ActionOutcome(e.runStatus, null, null, null, NODES.objectNode()), false);
            }
            throw e;
        } catch (RunInterrupted | RunSuspended e) {
            throw e;
        } catch (RuntimeException e) {
            outcome = ActionOutcome.failed(null, "InvalidTemplate", String.valueOf(e.getMessage()));
        }
        if (stored != null && stored.path("status").asText().equals(outcome.status())) {
            // a container replayed to the status it already had: keep the stored result, write nothing
            reuse(name, stored, frame);
            return outcome.status();
        }
        record(name, type, key, frame, started, outcome, EFFECTS.contains(type));
        return outcome.status();
    }

    private ActionOutcome execute(String name, String type, JsonNode action, Frame frame, String key,
            ObjectNode stored, Instant started) {
        var scope = scope(frame);
        return switch (type) {
            case "Compose" -> {
                var value = evaluate(action.path("inputs"), scope);
                yield ActionOutcome.succeeded(value, value);
            }
            case "Http" -> {
                var inputs = evaluate(action.path("inputs"), scope);
                var policySource = inputs.has("retryPolicy") ? inputs.get("retryPolicy") : action.get("retryPolicy");
                var timeout = evaluate(action.path("limit"), scope).path("timeout").asText(null);
                var deadline = timeout == null ? null : started.plus(Durations.parse(timeout, Duration.ZERO));
                yield parts.http().call(inputs, RetryPolicy.of(policySource), deadline, run.traceparent());
            }
            case "ServiceProvider" -> ServiceBusSend.send(parts.serviceBus(), evaluate(action.path("inputs"), scope));
            case "Response" -> respond(evaluate(action.path("inputs"), scope));
            case "Terminate" -> terminate(name, type, key, frame, started, evaluate(action.path("inputs"), scope));
            case "InitializeVariable", "SetVariable", "IncrementVariable", "DecrementVariable",
                    "AppendToArrayVariable", "AppendToStringVariable" ->
                    variables.apply(type, evaluate(action.path("inputs"), scope));
            case "Wait" -> await(name, type, key, frame, started, stored, action, scope);
            case "Scope" -> scoped(container(WorkflowDefinition.objectOrEmpty(action.path("actions")), frame.child(),
                    key + "/"), null, null);
            case "If" -> branch(action, frame, key, scope);
            case "Switch" -> switchCase(action, frame, key, scope);
            case "Foreach" -> foreach(name, type, action, frame, key, stored, started, scope);
            case "Until" -> until(name, type, action, frame, key, stored, started, evaluate(action.path("limit"), scope));
            default -> throw new IllegalStateException("unsupported action type '" + type + "'");
        };
    }

    private RunScope scope(Frame frame) {
        return new RunScope(frame, parts, workflow, run, variables, latest, byName);
    }

    private JsonNode evaluate(JsonNode value, ExpressionScope scope) {
        if (value.isMissingNode()) {
            return NODES.nullNode();
        }
        return parts.expressions().evaluate(value, scope);
    }

    private ActionOutcome respond(JsonNode inputs) {
        if (response != null) {
            response.complete(inputs);
        }
        return ActionOutcome.succeeded(inputs, inputs);
    }

    private ActionOutcome terminate(String name, String type, String key, Frame frame, Instant started,
            JsonNode inputs) {
        // recorded with the run's final status in one write, so a stored Terminate always means a finished run
        record(name, type, key, frame, started, ActionOutcome.succeeded(inputs, null), false);
        var error = inputs.path("runError");
        throw new TerminateSignal(inputs.path("runStatus").asText(), error.isMissingNode() ? null : error);
    }

    private ActionOutcome await(String name, String type, String key, Frame frame, Instant started,
            ObjectNode stored, JsonNode action, ExpressionScope scope) {
        Instant wakeAt;
        var inputs = evaluate(action.path("inputs"), scope);
        if (stored != null && stored.has("wakeAt")) {
            wakeAt = Instant.parse(stored.path("wakeAt").asText());
        } else {
            wakeAt = inputs.has("until")
                    ? Instant.parse(inputs.path("until").path("timestamp").asText())
                    : started.plus(Durations.unit(inputs.path("interval").path("count").asLong(),
                            inputs.path("interval").path("unit").asText()));
            var waiting = new ActionOutcome(RunRecord.RUNNING, inputs, null, null, NODES.objectNode());
            waiting.extra().put("wakeAt", wakeAt.toString());
            record(name, type, key, frame, started, waiting, true);
        }
        var remaining = Duration.between(parts.clock().get(), wakeAt);
        if (remaining.compareTo(SUSPEND_AFTER) > 0) {
            throw new RunSuspended(wakeAt);
        }
        if (!remaining.isNegative()) {
            parts.sleeper().sleep(remaining);
        }
        var done = ActionOutcome.succeeded(inputs, null);
        done.extra().put("wakeAt", wakeAt.toString());
        return done;
    }

    private static ActionOutcome scoped(String outcome, JsonNode inputs, JsonNode outputs) {
        if (outcome.equals("Failed")) {
            return new ActionOutcome("Failed", inputs, outputs, ActionOutcome.error("ActionFailed",
                    "An action failed. No dependent actions succeeded."), NODES.objectNode());
        }
        return ActionOutcome.succeeded(inputs, outputs);
    }

    private ActionOutcome branch(JsonNode action, Frame frame, String key, RunScope scope) {
        var result = Conditions.test(action.path("expression"), value -> evaluate(value, scope));
        var taken = WorkflowDefinition.objectOrEmpty(result ? action.path("actions") : action.path("else").path("actions"));
        var other = WorkflowDefinition.objectOrEmpty(result ? action.path("else").path("actions") : action.path("actions"));
        skipAll(other, frame, key + "/");
        var outputs = NODES.objectNode().put("expression", result);
        return scoped(container(taken, frame.child(), key + "/"), null, outputs);
    }

    private ActionOutcome switchCase(JsonNode action, Frame frame, String key, RunScope scope) {
        var value = evaluate(action.path("expression"), scope);
        ObjectNode taken = null;
        String chosen = "default";
        for (var it = action.path("cases").fields(); it.hasNext();) {
            var entry = it.next();
            if (taken == null && Conditions.same(evaluate(entry.getValue().path("case"), scope), value)) {
                taken = WorkflowDefinition.objectOrEmpty(entry.getValue().path("actions"));
                chosen = entry.getKey();
            } else {
                skipAll(WorkflowDefinition.objectOrEmpty(entry.getValue().path("actions")), frame, key + "/");
            }
        }
        var fallback = WorkflowDefinition.objectOrEmpty(action.path("default").path("actions"));
        if (taken == null) {
            taken = fallback;
        } else {
            skipAll(fallback, frame, key + "/");
        }
        var inputs = NODES.objectNode().set("expression", value);
        var outputs = NODES.objectNode().put("case", chosen);
        return scoped(container(taken, frame.child(), key + "/"), inputs, outputs);
    }

    private ActionOutcome foreach(String name, String type, JsonNode action, Frame frame, String key,
            ObjectNode stored, Instant started, RunScope scope) {
        JsonNode items = stored != null && stored.path("inputs").isArray() ? stored.get("inputs")
                : evaluate(action.path("foreach"), scope);
        if (!items.isArray()) {
            return ActionOutcome.failed(items, "InvalidTemplate", "the foreach expression must yield an array");
        }
        if (stored == null) {
            record(name, type, key, frame, started, new ActionOutcome(RunRecord.RUNNING, items, null, null,
                    NODES.objectNode()), true);
        }
        var repetitions = action.path("runtimeConfiguration").path("concurrency").path("repetitions").asInt(20);
        var sequential = action.path("operationOptions").asText().equalsIgnoreCase("Sequential") || repetitions <= 1;
        var outcomes = new String[items.size()];
        if (sequential) {
            for (int i = 0; i < items.size(); i++) {
                outcomes[i] = iteration(name, action, frame, key, items.get(i), i);
            }
        } else {
            parallel(name, action, frame, key, items, Math.min(repetitions, 50), outcomes);
        }
        var failed = java.util.Arrays.asList(outcomes).contains("Failed");
        var done = scoped(failed ? "Failed" : "Succeeded", items, null);
        done.extra().put("iterations", items.size());
        return done;
    }

    private String iteration(String name, JsonNode action, Frame frame, String key, JsonNode item, int index) {
        return container(WorkflowDefinition.objectOrEmpty(action.path("actions")),
                frame.iteration(name, item, index), key + "[" + index + "]/");
    }

    private void parallel(String name, JsonNode action, Frame frame, String key, JsonNode items, int degree,
            String[] outcomes) {
        var next = new AtomicInteger();
        var workers = new ArrayList<Future<?>>();
        for (int w = 0; w < Math.min(degree, items.size()); w++) {
            workers.add(parts.branches().submit(() -> {
                for (int i = next.getAndIncrement(); i < items.size(); i = next.getAndIncrement()) {
                    outcomes[i] = iteration(name, action, frame, key, items.get(i), i);
                }
            }));
        }
        RuntimeException first = null;
        RunSuspended suspended = null;
        for (var worker : workers) {
            try {
                worker.get();
            } catch (InterruptedException e) {
                workers.forEach(w -> w.cancel(true));
                Thread.currentThread().interrupt();
                throw new RunInterrupted();
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RunSuspended later) {
                    suspended = RunSuspended.earliest(suspended, later);
                } else if (first == null && e.getCause() instanceof RuntimeException cause) {
                    first = cause;
                    if (cause instanceof TerminateSignal || cause instanceof RunInterrupted) {
                        next.set(items.size());
                    }
                }
            }
        }
        if (first != null) {
            throw first;
        }
        if (suspended != null) {
            throw suspended;
        }
    }

    private ActionOutcome until(String name, String type, JsonNode action, Frame frame, String key,
            ObjectNode stored, Instant started, JsonNode limit) {
        var count = limit.path("count").asInt(60);
        var timeout = Durations.parse(limit.path("timeout").asText(null), Duration.ofHours(1));
        if (stored == null) {
            record(name, type, key, frame, started, new ActionOutcome(RunRecord.RUNNING, null, null, null,
                    NODES.objectNode()), true);
        }
        var body = WorkflowDefinition.objectOrEmpty(action.path("actions"));
        String last = "Succeeded";
        int index = 0;
        while (true) {
            var iteration = frame.iteration(name, NODES.nullNode(), index);
            last = container(body, iteration, key + "[" + index + "]/");
            index++;
            var scope = scope(iteration);
            if (Conditions.test(action.path("expression"), value -> evaluate(value, scope))
                    || index >= count || !parts.clock().get().isBefore(started.plus(timeout))) {
                break;
            }
        }
        var done = scoped(last, null, null);
        done.extra().put("iterations", index);
        return done;
    }

    private void skipAll(ObjectNode actions, Frame frame, String prefix) {
        for (var it = actions.fields(); it.hasNext();) {
            var entry = it.next();
            skip(entry.getKey(), entry.getValue(), frame, prefix + entry.getKey());
        }
    }

    private String skip(String name, JsonNode action, Frame frame, String key) {
        var stored = run.action(key);
        if (stored != null) {
            reuse(name, stored, frame);
            return stored.path("status").asText();
        }
        var now = parts.clock().get();
        record(name, action.path("type").asText(), key, frame, now, new ActionOutcome("Skipped", null, null,
                ActionOutcome.error("ActionSkipped", "the runAfter condition of this action was not met"),
                NODES.objectNode()), false);
        return "Skipped";
    }

    private void reuse(String name, ObjectNode stored, Frame frame) {
        frame.results.put(name, stored);
        latest.put(name, stored);
        variables.restore(stored.path("variables"));
    }

    private void record(String name, String type, String key, Frame frame, Instant started, ActionOutcome outcome,
            boolean persist) {
        var node = NODES.objectNode();
        node.put("name", name);
        node.put("type", type);
        node.put("status", outcome.status());
        node.put("startTime", started.toString());
        if (TERMINAL.contains(outcome.status())) {
            node.put("endTime", parts.clock().get().toString());
        }
        if (frame.loop != null) {
            node.put("iterationIndex", frame.index);
        }
        if (outcome.inputs() != null) {
            node.set("inputs", outcome.inputs());
        }
        if (outcome.outputs() != null) {
            node.set("outputs", outcome.outputs());
        }
        if (outcome.error() != null) {
            node.set("error", outcome.error());
            node.put("code", outcome.error().path("code").asText());
        } else {
            node.put("code", outcome.outputs() != null && outcome.outputs().has("statusCode")
                    ? outcome.outputs().path("statusCode").asText() : "OK");
        }
        node.setAll(outcome.extra());
        run.putAction(key, node);
        frame.results.put(name, node);
        latest.put(name, node);
        if (persist) {
            parts.store().save(run);
        }
    }
}
