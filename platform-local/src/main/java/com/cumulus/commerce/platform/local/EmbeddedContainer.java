package com.cumulus.commerce.platform.local;

import com.cumulus.commerce.platform.Clock;
import com.cumulus.commerce.platform.documents.BatchFailedException;
import com.cumulus.commerce.platform.documents.BatchOperation;
import com.cumulus.commerce.platform.documents.ChangeFeed;
import com.cumulus.commerce.platform.documents.ConflictException;
import com.cumulus.commerce.platform.documents.Document;
import com.cumulus.commerce.platform.documents.DocumentContainer;
import com.cumulus.commerce.platform.documents.DocumentQuery;
import com.cumulus.commerce.platform.documents.NotFoundException;
import com.cumulus.commerce.platform.documents.Page;
import com.cumulus.commerce.platform.documents.PreconditionFailedException;
import com.cumulus.commerce.platform.http.Json;
import com.cumulus.commerce.platform.kernel.Instants;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** One container of {@link EmbeddedDocuments}; rows of the shared documents table keyed by container name. */
final class EmbeddedContainer implements DocumentContainer {

    static final String COLUMNS = "pk, id, body, etag, lsn, ts";

    private final SqliteDatabase db;
    private final Clock clock;
    private final String name;
    private final UniqueIds etags = new UniqueIds();
    private final ReservedSequence lsns;
    private final Arrivals arrivals;

    EmbeddedContainer(SqliteDatabase db, Clock clock, String name) {
        this(db, clock, name, new Arrivals());
    }

    EmbeddedContainer(SqliteDatabase db, Clock clock, String name, Arrivals arrivals) {
        this.db = db;
        this.clock = clock;
        this.name = name;
        this.arrivals = arrivals;
        this.lsns = db.write(c -> new ReservedSequence(db, highestLsn(c), this::storeCeiling));
    }

    /** The stored ceiling, or the highest LSN in the data if higher (a file from before ceilings). */
    private long highestLsn(Connection c) throws SQLException {
        try (var st = c.prepareStatement("""
                SELECT max(coalesce((SELECT lsn FROM sequences WHERE container = ?), 0),
                           coalesce((SELECT max(lsn) FROM documents WHERE container = ?), 0))""")) {
            st.setString(1, name);
            st.setString(2, name);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private void storeCeiling(Connection c, long ceiling) throws SQLException {
        try (var st = c.prepareStatement("""
                INSERT INTO sequences (container, lsn) VALUES (?, ?)
                ON CONFLICT (container) DO UPDATE SET lsn = excluded.lsn""")) {
            st.setString(1, name);
            st.setLong(2, ceiling);
            st.executeUpdate();
        }
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Optional<Document> read(String partitionKey, String id) {
        checkKeys(partitionKey, id);
        return db.read(c -> Optional.ofNullable(find(c, partitionKey, id)));
    }

    @Override
    public Document create(String partitionKey, String id, String json) {
        checkKeys(partitionKey, id);
        checkObject(json);
        return arrived(db.write(c -> insert(c, partitionKey, id, json)));
    }

    @Override
    public Document upsert(String partitionKey, String id, String json) {
        checkKeys(partitionKey, id);
        checkObject(json);
        return arrived(db.write(c -> store(c, partitionKey, id, json)));
    }

    @Override
    public Document replace(String partitionKey, String id, String json, String ifMatch) {
        checkKeys(partitionKey, id);
        checkObject(json);
        return arrived(db.write(c -> replaceExisting(c, partitionKey, id, json, ifMatch)));
    }

    @Override
    public boolean delete(String partitionKey, String id, String ifMatch) {
        checkKeys(partitionKey, id);
        return db.write(c -> remove(c, partitionKey, id, ifMatch)).isPresent();
    }

    @Override
    public Page<Document> query(DocumentQuery query) {
        Objects.requireNonNull(query, "'query' must not be null");
        return new QueryPlan(name, query).run(db);
    }

    /**
     * Each result is the document as written by that operation; for a delete, the document as it was before.
     * A delete of a missing document fails the batch, as it does in a Cosmos DB transactional batch.
     */
    @Override
    public List<Document> executeBatch(String partitionKey, List<BatchOperation> operations) {
        Objects.requireNonNull(partitionKey, "'partitionKey' must not be null");
        Objects.requireNonNull(operations, "'operations' must not be null");
        for (int i = 0; i < operations.size(); i++) {
            try {
                BatchOperation op = Objects.requireNonNull(operations.get(i), "'operation' must not be null");
                checkKeys(partitionKey, op.id());
                bodyOf(op).ifPresent(EmbeddedContainer::checkObject);
            } catch (RuntimeException e) {
                throw new BatchFailedException(i, e);
            }
        }
        return arrived(db.write(c -> {
            List<Document> results = new ArrayList<>(operations.size());
            for (int i = 0; i < operations.size(); i++) {
                try {
                    results.add(apply(c, partitionKey, operations.get(i)));
                } catch (RuntimeException e) {
                    throw new BatchFailedException(i, e);
                }
            }
            return List.copyOf(results);
        }));
    }

    /** Tells the container's change-feed readers, once the write has committed. */
    private <T> T arrived(T written) {
        arrivals.arrived(name);
        return written;
    }

    @Override
    public ChangeFeed changeFeed(String leaseName) {
        if (leaseName == null || leaseName.isBlank()) {
            throw new IllegalArgumentException("'leaseName' must not be blank");
        }
        return new EmbeddedChangeFeed(db, name, leaseName);
    }

    private Document apply(Connection c, String partitionKey, BatchOperation op) throws SQLException {
        if (op instanceof BatchOperation.Create create) {
            return insert(c, partitionKey, create.id(), create.json());
        }
        if (op instanceof BatchOperation.Upsert upsert) {
            return store(c, partitionKey, upsert.id(), upsert.json());
        }
        if (op instanceof BatchOperation.Replace replace) {
            return replaceExisting(c, partitionKey, replace.id(), replace.json(), replace.ifMatch());
        }
        BatchOperation.Delete delete = (BatchOperation.Delete) op;
        return remove(c, partitionKey, delete.id(), delete.ifMatch())
                .orElseThrow(() -> notFound(partitionKey, delete.id()));
    }

    private static Optional<String> bodyOf(BatchOperation op) {
        if (op instanceof BatchOperation.Create create) {
            return Optional.of(create.json());
        }
        if (op instanceof BatchOperation.Upsert upsert) {
            return Optional.of(upsert.json());
        }
        if (op instanceof BatchOperation.Replace replace) {
            return Optional.of(replace.json());
        }
        return Optional.empty();
    }

    private Document insert(Connection c, String partitionKey, String id, String json) throws SQLException {
        if (find(c, partitionKey, id) != null) {
            throw new ConflictException("document '" + id + "' already exists in partition '" + partitionKey + "'");
        }
        return store(c, partitionKey, id, json);
    }

    private Document replaceExisting(Connection c, String partitionKey, String id, String json, String ifMatch)
            throws SQLException {
        Document current = find(c, partitionKey, id);
        if (current == null) {
            throw notFound(partitionKey, id);
        }
        checkMatch(current, ifMatch);
        return store(c, partitionKey, id, json);
    }

    private Optional<Document> remove(Connection c, String partitionKey, String id, String ifMatch)
            throws SQLException {
        Document current = find(c, partitionKey, id);
        if (current == null) {
            return Optional.empty();
        }
        checkMatch(current, ifMatch);
        try (var st = c.prepareStatement("DELETE FROM documents WHERE container = ? AND pk = ? AND id = ?")) {
            st.setString(1, name);
            st.setString(2, partitionKey);
            st.setString(3, id);
            st.executeUpdate();
        }
        return Optional.of(current);
    }

    private Document store(Connection c, String partitionKey, String id, String json) throws SQLException {
        Document written = new Document(partitionKey, id, json, etags.etag(), lsns.next(c), clock.now());
        try (var st = c.prepareStatement("""
                INSERT INTO documents (container, pk, id, body, etag, lsn, ts) VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (container, pk, id)
                DO UPDATE SET body = excluded.body, etag = excluded.etag, lsn = excluded.lsn, ts = excluded.ts""")) {
            st.setString(1, name);
            st.setString(2, partitionKey);
            st.setString(3, id);
            st.setString(4, json);
            st.setString(5, written.etag());
            st.setLong(6, written.lsn());
            st.setString(7, Instants.format(written.timestamp()));
            st.executeUpdate();
        }
        return written;
    }

    private Document find(Connection c, String partitionKey, String id) throws SQLException {
        try (var st = c.prepareStatement(
                "SELECT " + COLUMNS + " FROM documents WHERE container = ? AND pk = ? AND id = ?")) {
            st.setString(1, name);
            st.setString(2, partitionKey);
            st.setString(3, id);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? toDocument(rs) : null;
            }
        }
    }

    static Document toDocument(ResultSet rs) throws SQLException {
        return new Document(rs.getString("pk"), rs.getString("id"), rs.getString("body"), rs.getString("etag"),
                rs.getLong("lsn"), Instants.parse(rs.getString("ts")));
    }

    private static void checkMatch(Document current, String ifMatch) {
        if (ifMatch != null && !ifMatch.equals(current.etag())) {
            throw new PreconditionFailedException("document '" + current.id() + "' has changed since "
                    + ifMatch + " (now " + current.etag() + ")");
        }
    }

    private static NotFoundException notFound(String partitionKey, String id) {
        return new NotFoundException("no document '" + id + "' in partition '" + partitionKey + "'");
    }

    private static void checkKeys(String partitionKey, String id) {
        Objects.requireNonNull(partitionKey, "'partitionKey' must not be null");
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("'id' must not be blank");
        }
    }

    private static void checkObject(String json) {
        Objects.requireNonNull(json, "'json' must not be null");
        // a streaming pass: validating every write must not cost a tree per document
        try (JsonParser parser = Json.mapper().getFactory().createParser(json)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new IllegalArgumentException("'json' must be a JSON object");
            }
            parser.skipChildren();
            if (parser.nextToken() != null) {
                throw new IllegalArgumentException("'json' must be a single JSON object");
            }
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("'json' must be a JSON object: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
