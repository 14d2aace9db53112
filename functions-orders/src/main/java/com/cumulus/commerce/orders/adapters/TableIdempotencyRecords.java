package com.cumulus.commerce.orders.adapters;

import com.cumulus.commerce.orders.application.IdempotencyRecords;
import com.cumulus.commerce.orders.application.StoredResponse;
import com.cumulus.commerce.platform.documents.ConflictException;
import com.cumulus.commerce.platform.documents.NotFoundException;
import com.cumulus.commerce.platform.documents.PreconditionFailedException;
import com.cumulus.commerce.platform.tables.KeyValueTables;
import com.cumulus.commerce.platform.tables.TableEntity;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Idempotency records in the {@code idempotency} table: partition = caller, row = key (both escaped for Table
 * Storage), with the request's fingerprint, its state, when it expires and, once done, the answer to replay.
 * Claims are conditional writes, so of two concurrent requests with one key exactly one runs.
 */
final class TableIdempotencyRecords implements IdempotencyRecords {

    static final String TABLE = "idempotency";
    private static final String IN_FLIGHT = "IN_FLIGHT";
    private static final String DONE = "DONE";

    private final KeyValueTables tables;
    private final Duration timeToLive;

    TableIdempotencyRecords(KeyValueTables tables, Duration timeToLive) {
        this.tables = tables;
        this.timeToLive = timeToLive;
    }

    @Override
    public Claim claim(String caller, String key, String fingerprint, Instant now, Instant takeOverBefore) {
        var partition = TableKeys.escape(caller);
        var row = TableKeys.escape(key);
        var claim = TableEntity.of(partition, row, Map.of(
                "fingerprint", fingerprint,
                "state", IN_FLIGHT,
                "claimedAt", now.toString(),
                "expiresAt", now.plus(timeToLive).toString()));
        while (true) {
            var existing = tables.get(TABLE, partition, row);
            if (existing.isEmpty()) {
                try {
                    tables.insert(TABLE, claim);
                    return new Claim.Claimed();
                } catch (ConflictException raced) {
                    continue;
                }
            }
            var record = existing.get();
            var props = record.properties();
            boolean expired = !instant(props, "expiresAt").isAfter(now);
            boolean abandoned = IN_FLIGHT.equals(props.get("state"))
                    && instant(props, "claimedAt").isBefore(takeOverBefore);
            if (!expired && !fingerprint.equals(props.get("fingerprint"))) {
                return new Claim.Mismatch();
            }
            if (!expired && DONE.equals(props.get("state"))) {
                return new Claim.Completed(response(props));
            }
            if (!expired && !abandoned) {
                return new Claim.InFlight();
            }
            try {
                tables.replace(TABLE, claim, record.etag());
                return new Claim.Claimed();
            } catch (PreconditionFailedException | NotFoundException raced) {
                // another request moved the record on; look again
            }
        }
    }

    @Override
    public void complete(String caller, String key, String fingerprint, StoredResponse response) {
        var partition = TableKeys.escape(caller);
        var row = TableKeys.escape(key);
        var props = new HashMap<String, Object>(tables.get(TABLE, partition, row)
                .map(TableEntity::properties).orElse(Map.of()));
        props.put("fingerprint", fingerprint);
        props.put("state", DONE);
        props.put("status", response.status());
        props.put("body", response.body());
        if (response.location() != null) {
            props.put("location", response.location());
        }
        tables.upsert(TABLE, TableEntity.of(partition, row, props));
    }

    @Override
    public void release(String caller, String key) {
        tables.delete(TABLE, TableKeys.escape(caller), TableKeys.escape(key));
    }

    /** A missing or unreadable time reads as long ago, so a damaged record expires rather than blocks its key. */
    private static Instant instant(Map<String, Object> props, String name) {
        try {
            return Instant.parse(String.valueOf(props.get(name)));
        } catch (java.time.format.DateTimeParseException e) {
            return Instant.EPOCH;
        }
    }

    private static StoredResponse response(Map<String, Object> props) {
        var location = props.get("location");
        return new StoredResponse(((Number) props.get("status")).intValue(),
                location == null ? null : location.toString(), String.valueOf(props.get("body")));
    }
}
