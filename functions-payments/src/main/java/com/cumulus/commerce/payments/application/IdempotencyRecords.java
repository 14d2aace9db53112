package com.cumulus.commerce.payments.application;

import java.util.Optional;

/** Idempotency records by caller and key (Table Storage {@code idempotency}: partition = caller, row = key). */
public interface IdempotencyRecords {

    Optional<IdempotencyRecord> find(String caller, String key);

    /** Inserts an in-flight record; false when one exists. */
    boolean start(String caller, String key, IdempotencyRecord record);

    /** Replaces the record named by {@code etag}; false when it moved on. */
    boolean replace(String caller, String key, IdempotencyRecord record, String etag);

    void delete(String caller, String key);
}
