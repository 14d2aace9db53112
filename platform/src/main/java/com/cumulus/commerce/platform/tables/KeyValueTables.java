package com.cumulus.commerce.platform.tables;

import java.util.List;
import java.util.Optional;

/**
 * Cheap key/value tables (Azure Table Storage): entities addressed by partition key and row key, queried by
 * partition, with ETags for optimistic concurrency.
 */
public interface KeyValueTables {

    Optional<TableEntity> get(String table, String partitionKey, String rowKey);

    /** Inserts or replaces; returns the entity with its new ETag. */
    TableEntity upsert(String table, TableEntity entity);

    /**
     * Inserts only when absent. @throws com.cumulus.commerce.platform.documents.ConflictException when present
     */
    TableEntity insert(String table, TableEntity entity);

    /**
     * Replaces when {@code ifMatch} is the current ETag.
     *
     * @throws com.cumulus.commerce.platform.documents.PreconditionFailedException when it is not
     * @throws com.cumulus.commerce.platform.documents.NotFoundException when there is no such entity
     */
    TableEntity replace(String table, TableEntity entity, String ifMatch);

    boolean delete(String table, String partitionKey, String rowKey);

    /** Every entity of one partition, by row key. */
    List<TableEntity> query(String table, String partitionKey);
}
