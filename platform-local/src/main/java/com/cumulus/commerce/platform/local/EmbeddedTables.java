package com.cumulus.commerce.platform.local;

import com.cumulus.commerce.platform.Clock;
import com.cumulus.commerce.platform.documents.ConflictException;
import com.cumulus.commerce.platform.documents.NotFoundException;
import com.cumulus.commerce.platform.documents.PreconditionFailedException;
import com.cumulus.commerce.platform.http.Json;
import com.cumulus.commerce.platform.kernel.Instants;
import com.cumulus.commerce.platform.tables.KeyValueTables;
import com.cumulus.commerce.platform.tables.TableEntity;
import com.cumulus.commerce.platform.tables.TableNames;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Table Storage-like tables in one SQLite file; properties are stored as a JSON object. Names and keys
 * follow Azure's rules so that nothing accepted here is refused in Azure.
 */
final class EmbeddedTables implements KeyValueTables, AutoCloseable {

    /** Integers come back as Long whatever size they were written with, so a round trip is predictable. */
    private static final ObjectReader PROPERTIES = Json.mapper().readerFor(Map.class)
            .with(DeserializationFeature.USE_LONG_FOR_INTS);

    private final SqliteDatabase db;
    private final Clock clock;
    private final UniqueIds etags = new UniqueIds();

    EmbeddedTables(SqliteDatabase db, Clock clock) {
        this.db = Objects.requireNonNull(db, "'db' must not be null");
        this.clock = Objects.requireNonNull(clock, "'clock' must not be null");
        db.write(c -> {
            try (var st = c.createStatement()) {
                st.execute("""
                        CREATE TABLE IF NOT EXISTS entities (
                            tbl TEXT NOT NULL,
                            pk TEXT NOT NULL,
                            rk TEXT NOT NULL,
                            properties TEXT NOT NULL,
                            etag TEXT NOT NULL,
                            ts TEXT NOT NULL,
                            PRIMARY KEY (tbl, pk, rk)
                        ) WITHOUT ROWID""");
            }
            return null;
        });
    }

    @Override
    public Optional<TableEntity> get(String table, String partitionKey, String rowKey) {
        TableNames.checkTable(table);
        TableNames.checkKey("partitionKey", partitionKey);
        TableNames.checkKey("rowKey", rowKey);
        return db.read(c -> Optional.ofNullable(find(c, table, partitionKey, rowKey)));
    }

    @Override
    public TableEntity upsert(String table, TableEntity entity) {
        String properties = checkEntity(table, entity);
        return db.write(c -> store(c, table, entity, properties));
    }

    @Override
    public TableEntity insert(String table, TableEntity entity) {
        String properties = checkEntity(table, entity);
        return db.write(c -> {
            if (find(c, table, entity.partitionKey(), entity.rowKey()) != null) {
                throw new ConflictException("entity (" + entity.partitionKey() + ", " + entity.rowKey()
                        + ") already exists in table '" + table + "'");
            }
            return store(c, table, entity, properties);
        });
    }

    @Override
    public TableEntity replace(String table, TableEntity entity, String ifMatch) {
        String properties = checkEntity(table, entity);
        return db.write(c -> {
            TableEntity current = find(c, table, entity.partitionKey(), entity.rowKey());
            if (current == null) {
                throw new NotFoundException("no entity (" + entity.partitionKey() + ", " + entity.rowKey()
                        + ") in table '" + table + "'");
            }
            if (ifMatch != null && !ifMatch.equals(current.etag())) {
                throw new PreconditionFailedException("entity (" + entity.partitionKey() + ", " + entity.rowKey()
                        + ") has changed since " + ifMatch);
            }
            return store(c, table, entity, properties);
        });
    }

    @Override
    public boolean delete(String table, String partitionKey, String rowKey) {
        TableNames.checkTable(table);
        TableNames.checkKey("partitionKey", partitionKey);
        TableNames.checkKey("rowKey", rowKey);
        return db.write(c -> {
            try (var st = c.prepareStatement("DELETE FROM entities WHERE tbl = ? AND pk = ? AND rk = ?")) {
                st.setString(1, table);
                st.setString(2, partitionKey);
                st.setString(3, rowKey);
                return st.executeUpdate() > 0;
            }
        });
    }

    @Override
    public List<TableEntity> query(String table, String partitionKey) {
        TableNames.checkTable(table);
        TableNames.checkKey("partitionKey", partitionKey);
        return db.read(c -> {
            List<TableEntity> found = new ArrayList<>();
            try (var st = c.prepareStatement(
                    "SELECT pk, rk, properties, etag, ts FROM entities WHERE tbl = ? AND pk = ? ORDER BY rk")) {
                st.setString(1, table);
                st.setString(2, partitionKey);
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        found.add(toEntity(rs));
                    }
                }
            }
            return List.copyOf(found);
        });
    }

    @Override
    public void close() {
        db.close();
    }

    private TableEntity store(Connection c, String table, TableEntity entity, String properties)
            throws SQLException {
        String etag = etags.etag();
        Instant now = clock.now();
        try (var st = c.prepareStatement("""
                INSERT INTO entities (tbl, pk, rk, properties, etag, ts) VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (tbl, pk, rk)
                DO UPDATE SET properties = excluded.properties, etag = excluded.etag, ts = excluded.ts""")) {
            st.setString(1, table);
            st.setString(2, entity.partitionKey());
            st.setString(3, entity.rowKey());
            st.setString(4, properties);
            st.setString(5, etag);
            st.setString(6, Instants.format(now));
            st.executeUpdate();
        }
        return new TableEntity(entity.partitionKey(), entity.rowKey(), parse(properties), etag, now);
    }

    private static TableEntity find(Connection c, String table, String partitionKey, String rowKey)
            throws SQLException {
        try (var st = c.prepareStatement(
                "SELECT pk, rk, properties, etag, ts FROM entities WHERE tbl = ? AND pk = ? AND rk = ?")) {
            st.setString(1, table);
            st.setString(2, partitionKey);
            st.setString(3, rowKey);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? toEntity(rs) : null;
            }
        }
    }

    private static TableEntity toEntity(ResultSet rs) throws SQLException {
        return new TableEntity(rs.getString("pk"), rs.getString("rk"), parse(rs.getString("properties")),
                rs.getString("etag"), Instants.parse(rs.getString("ts")));
    }

    private static Map<String, Object> parse(String properties) {
        try {
            return PROPERTIES.readValue(properties);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored entity properties are not JSON", e);
        }
    }

    /** Validates the call and returns the properties as JSON. */
    private static String checkEntity(String table, TableEntity entity) {
        TableNames.checkTable(table);
        Objects.requireNonNull(entity, "'entity' must not be null");
        TableNames.checkKey("partitionKey", entity.partitionKey());
        TableNames.checkKey("rowKey", entity.rowKey());
        entity.properties().forEach((name, value) -> {
            if (!(value instanceof String || value instanceof Number || value instanceof Boolean)) {
                throw new IllegalArgumentException("property '" + name + "' must be a string, number or boolean");
            }
        });
        return Json.write(entity.properties());
    }


}
