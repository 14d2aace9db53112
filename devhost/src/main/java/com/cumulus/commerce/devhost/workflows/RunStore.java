package com.cumulus.commerce.devhost.workflows;

import com.cumulus.commerce.platform.documents.BatchOperation;
import com.cumulus.commerce.platform.documents.DocumentContainer;
import com.cumulus.commerce.platform.documents.DocumentQuery;
import com.cumulus.commerce.platform.documents.Page;
import com.cumulus.commerce.platform.http.Json;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.LongAdder;

/**
 * Runs in the {@code workflow-runs} document container, each run in its own partition (the run id): the run's
 * header (id the run id: workflow, status, trigger, times) and one document per action result (id the run id,
 * {@code ~} and the action's key in base64url; the key and result inside). A write is one transactional batch in
 * the run's partition holding what changed since the last (the header when it changed, the actions recorded
 * since), so a run's cost to store grows with its actions, not with their square. Runs written whole by earlier
 * versions (partition the workflow, actions inside the header) still load, list and resume.
 */
final class RunStore {

    static final String CONTAINER = "workflow-runs";
    /** The most operations one batch carries: Cosmos DB's limit for a transactional batch. */
    static final int MAX_BATCH = 100;

    private final DocumentContainer container;
    private final LongAdder writes = new LongAdder();

    RunStore(DocumentContainer container) {
        this.container = container;
    }

    /** Durable on return; the record stays locked while it is written, so writes land in order. */
    void save(RunRecord run) {
        synchronized (run) {
            var changes = run.changes();
            if (changes.isEmpty()) {
                return;
            }
            var operations = new ArrayList<BatchOperation>(changes.actions().size() + 1);
            changes.actions().forEach((key, result) -> operations.add(new BatchOperation.Upsert(actionId(run.id(), key),
                    actionDocument(run.id(), key, result))));
            if (changes.header() != null) {
                // last, so a header that says the run ended is never stored before the results it ended with
                operations.add(new BatchOperation.Upsert(run.id(), changes.header().toString()));
            }
            for (int from = 0; from < operations.size(); from += MAX_BATCH) {
                writes.increment();
                container.executeBatch(run.id(), operations.subList(from, Math.min(operations.size(), from + MAX_BATCH)));
            }
            run.written(changes);
        }
    }

    /** Document writes asked of the container so far (each batch, failed ones too). */
    long writes() {
        return writes.sum();
    }

    Optional<RunRecord> load(String workflow, String id) {
        var header = container.read(id, id);
        if (header.isPresent()) {
            return Optional.of(RunRecord.of(parse(header.get().json()), actions(id)));
        }
        return container.read(workflow, id).map(whole -> RunRecord.of(parse(whole.json()), Map.of()));
    }

    List<RunRecord> running() {
        var runs = new ArrayList<RunRecord>();
        var query = new DocumentQuery(null, List.of(new DocumentQuery.Compare("status",
                DocumentQuery.Operator.EQ, RunRecord.RUNNING)), new DocumentQuery.Sort("startedAtMillis", false),
                DocumentQuery.MAX_LIMIT, null);
        String token = null;
        do {
            var page = container.query(query.withContinuation(token));
            page.items().forEach(document -> {
                var header = parse(document.json());
                boolean whole = !document.partitionKey().equals(document.id());
                runs.add(RunRecord.of(header, whole ? Map.of() : actions(document.id())));
            });
            token = page.continuationToken();
        } while (token != null);
        return runs;
    }

    /** Run headers, newest first, without their actions. @throws com.cumulus.commerce.platform.documents.InvalidContinuationTokenException */
    Page<ObjectNode> page(String workflow, String status, int limit, String continuationToken) {
        var filters = new ArrayList<DocumentQuery.Filter>();
        filters.add(new DocumentQuery.Compare("workflow", DocumentQuery.Operator.EQ, workflow));
        if (status != null) {
            filters.add(new DocumentQuery.Compare("status", DocumentQuery.Operator.EQ, status));
        }
        var page = container.query(new DocumentQuery(null, filters,
                new DocumentQuery.Sort("startedAtMillis", true), limit, continuationToken));
        return new Page<>(page.items().stream().map(document -> {
            var header = parse(document.json());
            header.remove("actions");
            return header;
        }).toList(), page.continuationToken());
    }

    long count(String workflow, String status) {
        long count = 0;
        String token = null;
        do {
            var page = page(workflow, status, DocumentQuery.MAX_LIMIT, token);
            count += page.items().size();
            token = page.continuationToken();
        } while (token != null);
        return count;
    }

    private Map<String, ObjectNode> actions(String runId) {
        var actions = new LinkedHashMap<String, ObjectNode>();
        var query = new DocumentQuery(runId, List.of(new DocumentQuery.Compare("runId", DocumentQuery.Operator.EQ,
                runId)), null, DocumentQuery.MAX_LIMIT, null);
        String token = null;
        do {
            var page = container.query(query.withContinuation(token));
            page.items().forEach(document -> {
                var stored = parse(document.json());
                if (stored.path("result") instanceof ObjectNode result) {
                    actions.put(stored.path("key").asText(), result);
                }
            });
            token = page.continuationToken();
        } while (token != null);
        return actions;
    }

    static String actionId(String runId, String key) {
        return runId + "~" + Base64.getUrlEncoder().withoutPadding().encodeToString(key.getBytes(StandardCharsets.UTF_8));
    }

    private static String actionDocument(String runId, String key, ObjectNode result) {
        var document = JsonNodeFactory.instance.objectNode();
        document.put("runId", runId);
        document.put("key", key);
        document.set("result", result);
        return document.toString();
    }

    private static ObjectNode parse(String json) {
        try {
            return (ObjectNode) Json.mapper().readTree(json);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
