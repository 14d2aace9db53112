package com.cumulus.commerce.platform.idempotency;

import com.cumulus.commerce.platform.documents.ConflictException;
import com.cumulus.commerce.platform.documents.NotFoundException;
import com.cumulus.commerce.platform.documents.PreconditionFailedException;
import com.cumulus.commerce.platform.tables.KeyValueTables;
import com.cumulus.commerce.platform.tables.TableEntity;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Idempotency records in the {@code idempotency} table: partition = caller, row = key. Table Storage refuses
 * {@code / \ # ?} and control characters in keys; callers and keys may hold them, so both are escaped
 * (reversibly, percent-style) on the way in.
 */
final class TableIdempotencyRecords implements IdempotencyRecords {

    static final String TABLE = "idempotency";

    private final KeyValueTables tables;

    TableIdempotencyRecords(KeyValueTables tables) {
        this.tables = tables;
    }

    @Override
    public Optional<IdempotencyRecord> find(String caller, String key) {
        return tables.get(TABLE, escape(caller), escape(key)).map(TableIdempotencyRecords::record);
    }

    @Override
    public boolean create(String caller, String key, IdempotencyRecord record) {
        try {
            tables.insert(TABLE, entity(caller, key, record));
            return true;
        } catch (ConflictException exists) {
            return false;
        }
    }

    @Override
    public boolean replace(String caller, String key, IdempotencyRecord record, String etag) {
        try {
            tables.replace(TABLE, entity(caller, key, record), etag);
            return true;
        } catch (PreconditionFailedException | NotFoundException moved) {
            return false;
        }
    }

    @Override
    public void save(String caller, String key, IdempotencyRecord record) {
        tables.upsert(TABLE, entity(caller, key, record));
    }

    @Override
    public void delete(String caller, String key) {
        tables.delete(TABLE, escape(caller), escape(key));
    }

    private static TableEntity entity(String caller, String key, IdempotencyRecord record) {
        var properties = new HashMap<String, Object>();
        properties.put("fingerprint", record.fingerprint());
        properties.put("startedAt", record.startedAt().toString());
        properties.put("expiresAt", record.expiresAt().toString());
        if (record.holder() != null) {
            properties.put("holder", record.holder());
        }
        var response = record.response();
        if (response != null) {
            properties.put("status", response.status());
            properties.put("body", response.body());
            if (response.location() != null) {
                properties.put("location", response.location());
            }
        }
        return TableEntity.of(escape(caller), escape(key), properties);
    }

    private static IdempotencyRecord record(TableEntity entity) {
        var props = entity.properties();
        StoredResponse response = null;
        if (props.get("status") instanceof Number status) {
            var location = props.get("location");
            response = new StoredResponse(status.intValue(), location == null ? null : location.toString(),
                    String.valueOf(props.get("body")));
        }
        var holder = props.get("holder");
        return new IdempotencyRecord(String.valueOf(props.get("fingerprint")), response,
                instant(props, "startedAt"), instant(props, "expiresAt"), holder == null ? null : holder.toString(),
                entity.etag());
    }

    /** A missing or unreadable time reads as long ago, so a damaged record expires rather than blocks its key. */
    private static Instant instant(Map<String, Object> props, String name) {
        try {
            return Instant.parse(String.valueOf(props.get(name)));
        } catch (DateTimeParseException e) {
            return Instant.EPOCH;
        }
    }

    static String escape(String value) {
        var out = new StringBuilder(value.length());
        for (char c : value.toCharArray()) {
            if (c == '%' || c == '/' || c == '\\' || c == '#' || c == '?' || c < 0x20 || c == 0x7f) {
                out.append('%').append(String.format("%02X", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
