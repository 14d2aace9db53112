package com.cumulus.commerce.platform.documents;

import java.util.List;
import java.util.Optional;

/**
 * One container: JSON objects addressed by partition key and id, each with an ETag that changes on every
 * write. Writes that name an ETag ({@code ifMatch}) fail with {@link PreconditionFailedException} when the
 * stored document has moved on (HTTP 412 in Cosmos DB).
 */
public interface DocumentContainer {

    String name();

    Optional<Document> read(String partitionKey, String id);

    /** Fails with {@link ConflictException} when a document with that id already exists in the partition. */
    Document create(String partitionKey, String id, String json);

    Document upsert(String partitionKey, String id, String json);

    /**
     * Replaces an existing document. {@code ifMatch} null means unconditional.
     *
     * @throws NotFoundException when there is no such document
     * @throws PreconditionFailedException when {@code ifMatch} is not the current ETag
     */
    Document replace(String partitionKey, String id, String json, String ifMatch);

    /**
     * Deletes a document; {@code ifMatch} null means unconditional.
     *
     * @return false when there was nothing to delete
     * @throws PreconditionFailedException when {@code ifMatch} is not the current ETag
     */
    boolean delete(String partitionKey, String id, String ifMatch);

    /**
     * Filtered, sorted, paged query; within one partition when {@link DocumentQuery#partitionKey()} is set,
     * across partitions otherwise.
     *
     * @throws InvalidContinuationTokenException when the token was not issued for this query
     */
    Page<Document> query(DocumentQuery query);

    /**
     * Runs the operations atomically inside one partition (a Cosmos DB transactional batch): all apply or
     * none does.
     *
     * @throws BatchFailedException naming the first operation that failed and why
     */
    List<Document> executeBatch(String partitionKey, List<BatchOperation> operations);

    /**
     * The change feed of this container as seen by one named lease (one consumer): every create and update
     * in commit order ("latest version" mode: a document changed twice between reads may show once, with its
     * latest body). The lease's checkpoint is durable.
     */
    ChangeFeed changeFeed(String leaseName);
}
