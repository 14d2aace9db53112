package com.cumulus.commerce.platform.idempotency;

import com.cumulus.commerce.platform.tables.KeyValueTables;
import java.util.Optional;

/** Idempotency records by caller and key. Writes are conditional, so of two racing requests one wins. */
public interface IdempotencyRecords {

    /** The records in Table Storage's {@code idempotency} table: partition = caller, row = key. */
    static IdempotencyRecords inTable(KeyValueTables tables) {
        return new TableIdempotencyRecords(tables);
    }

    Optional<IdempotencyRecord> find(String caller, String key);

    /** Stores a record where there is none; false when one exists. */
    boolean create(String caller, String key, IdempotencyRecord record);

    /** Replaces the record whose ETag is {@code etag}; false when it moved on or is gone. */
    boolean replace(String caller, String key, IdempotencyRecord record, String etag);

    /** Stores the record whatever is there. */
    void save(String caller, String key, IdempotencyRecord record);

    void delete(String caller, String key);
}
