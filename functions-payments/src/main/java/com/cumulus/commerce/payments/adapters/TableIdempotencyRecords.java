package com.cumulus.commerce.payments.adapters;

import com.cumulus.commerce.payments.application.IdempotencyRecord;
import com.cumulus.commerce.payments.application.IdempotencyRecords;
import com.cumulus.commerce.payments.application.StoredResponse;
import com.cumulus.commerce.platform.documents.ConflictException;
import com.cumulus.commerce.platform.documents.NotFoundException;
import com.cumulus.commerce.platform.documents.PreconditionFailedException;
import com.cumulus.commerce.platform.tables.KeyValueTables;
import com.cumulus.commerce.platform.tables.TableEntity;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Idempotency records in table {@code idempotency}: partition = caller, row = key. Table Storage refuses
 * {@code / \ # ?} and control characters in keys, so a caller or key holding one is stored under its SHA-256.
 */
final class TableIdempotencyRecords implements IdempotencyRecords {

    static final String TABLE = "idempotency";

    private final KeyValueTables tables;

    TableIdempotencyRecords(KeyValueTables tables) {
        this.tables = tables;
    }

    @Override
    public Optional<IdempotencyRecord> find(String caller, String key) {
        return tables.get(TABLE, safe(caller), safe(key)).map(entity -> {
            var p = entity.properties();
            StoredResponse response = p.containsKey("status")
                    ? new StoredResponse(Integer.parseInt(p.get("status").toString()),
                            (String) p.get("location"), (String) p.get("body"))
                    : null;
            return new IdempotencyRecord((String) p.get("requestHash"), response,
                    Instant.parse((String) p.get("expiresAt")), entity.etag());
        });
    }

    @Override
    public boolean start(String caller, String key, IdempotencyRecord record) {
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
    public void delete(String caller, String key) {
        tables.delete(TABLE, safe(caller), safe(key));
    }

    private static TableEntity entity(String caller, String key, IdempotencyRecord record) {
        var properties = new HashMap<String, Object>();
        properties.put("requestHash", record.requestHash());
        properties.put("expiresAt", record.expiresAt().toString());
        if (record.response() != null) {
            properties.put("status", Integer.toString(record.response().status()));
            if (record.response().location() != null) {
                properties.put("location", record.response().location());
            }
            properties.put("body", record.response().body());
        }
        return TableEntity.of(safe(caller), safe(key), properties);
    }

    private static String safe(String value) {
        var plain = value.chars().noneMatch(c -> c == '/' || c == '\\' || c == '#' || c == '?' || c < 0x20 || c == 0x7F);
        if (plain && !value.isEmpty() && value.length() <= 200) {
            return value;
        }
        try {
            return "sha256-" + HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
