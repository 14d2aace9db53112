package com.cumulus.commerce.devhost.workflows;

import com.cumulus.commerce.platform.documents.DocumentContainer;
import com.cumulus.commerce.platform.documents.DocumentQuery;
import com.cumulus.commerce.platform.documents.Page;
import com.cumulus.commerce.platform.http.Json;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.LongAdder;

/** Runs in the {@code workflow-runs} document container: partition key the workflow, id the run id. */
final class RunStore {

    static final String CONTAINER = "workflow-runs";

    private final DocumentContainer container;
    private final LongAdder writes = new LongAdder();

    RunStore(DocumentContainer container) {
        this.container = container;
    }

    /** Durable on return; the record stays locked while it is written, so writes land in order. */
    void save(RunRecord run) {
        synchronized (run) {
            writes.increment();
            container.upsert(run.workflow(), run.id(), run.json());
        }
    }

    /** Document writes asked of the container so far (each {@link #save}, failed ones too). */
    long writes() {
        return writes.sum();
    }

    Optional<RunRecord> load(String workflow, String id) {
        return container.read(workflow, id).map(document -> RunRecord.of(parse(document.json())));
    }

    List<RunRecord> running() {
        var runs = new ArrayList<RunRecord>();
        var query = new DocumentQuery(null, List.of(new DocumentQuery.Compare("status",
                DocumentQuery.Operator.EQ, RunRecord.RUNNING)), new DocumentQuery.Sort("startedAtMillis", false),
                DocumentQuery.MAX_LIMIT, null);
        String token = null;
        do {
            var page = container.query(query.withContinuation(token));
            page.items().forEach(document -> runs.add(RunRecord.of(parse(document.json()))));
            token = page.continuationToken();
        } while (token != null);
        return runs;
    }

    /** Newest first. @throws com.cumulus.commerce.platform.documents.InvalidContinuationTokenException */
    Page<ObjectNode> page(String workflow, String status, int limit, String continuationToken) {
        var filters = status == null ? List.<DocumentQuery.Filter>of()
                : List.<DocumentQuery.Filter>of(new DocumentQuery.Compare("status", DocumentQuery.Operator.EQ, status));
        var page = container.query(new DocumentQuery(workflow, filters,
                new DocumentQuery.Sort("startedAtMillis", true), limit, continuationToken));
        return new Page<>(page.items().stream().map(document -> parse(document.json())).toList(),
                page.continuationToken());
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

    private static ObjectNode parse(String json) {
        try {
            return (ObjectNode) Json.mapper().readTree(json);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
