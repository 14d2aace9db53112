package com.cumulus.commerce.platform.azure.cosmos;

import com.azure.cosmos.CosmosContainer;
import com.azure.cosmos.CosmosException;
import com.azure.cosmos.models.CosmosBatch;
import com.azure.cosmos.models.CosmosBatchItemRequestOptions;
import com.azure.cosmos.models.CosmosBatchOperationResult;
import com.azure.cosmos.models.CosmosBatchResponse;
import com.azure.cosmos.models.CosmosItemRequestOptions;
import com.azure.cosmos.models.CosmosItemResponse;
import com.azure.cosmos.models.PartitionKey;
import com.cumulus.commerce.platform.documents.BatchFailedException;
import com.cumulus.commerce.platform.documents.BatchOperation;
import com.cumulus.commerce.platform.documents.ChangeFeed;
import com.cumulus.commerce.platform.documents.Document;
import com.cumulus.commerce.platform.documents.DocumentContainer;
import com.cumulus.commerce.platform.documents.DocumentQuery;
import com.cumulus.commerce.platform.documents.NotFoundException;
import com.cumulus.commerce.platform.documents.Page;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** One Cosmos DB container as a {@link DocumentContainer}: point operations with If-Match, batches, queries. */
final class CosmosDocumentContainer implements DocumentContainer {

    private static final int FAILED_DEPENDENCY = 424;

    private final CosmosContainer container;
    private final CosmosDocuments documents;

    CosmosDocumentContainer(CosmosContainer container, CosmosDocuments documents) {
        this.container = container;
        this.documents = documents;
    }

    @Override
    public String name() {
        return container.getId();
    }

    @Override
    public Optional<Document> read(String partitionKey, String id) {
        CosmosItems.checkKeys(partitionKey, id);
        try {
            return Optional.of(document(container.readItem(id, new PartitionKey(partitionKey), JsonNode.class)));
        } catch (CosmosException e) {
            if (e.getStatusCode() == 404) {
                return Optional.empty();
            }
            throw CosmosItems.failure(e, describe(partitionKey, id));
        }
    }

    @Override
    public Document create(String partitionKey, String id, String json) {
        ObjectNode item = CosmosItems.item(partitionKey, id, json);
        try {
            return document(container.createItem(item, new PartitionKey(partitionKey), new CosmosItemRequestOptions()));
        } catch (CosmosException e) {
            throw CosmosItems.failure(e, describe(partitionKey, id));
        }
    }

    @Override
    public Document upsert(String partitionKey, String id, String json) {
        ObjectNode item = CosmosItems.item(partitionKey, id, json);
        try {
            return document(container.upsertItem(item, new PartitionKey(partitionKey), new CosmosItemRequestOptions()));
        } catch (CosmosException e) {
            throw CosmosItems.failure(e, describe(partitionKey, id));
        }
    }

    @Override
    public Document replace(String partitionKey, String id, String json, String ifMatch) {
        ObjectNode item = CosmosItems.item(partitionKey, id, json);
        try {
            return document(container.replaceItem(item, id, new PartitionKey(partitionKey), ifMatch(ifMatch)));
        } catch (CosmosException e) {
            throw CosmosItems.failure(e, describe(partitionKey, id));
        }
    }

    @Override
    public boolean delete(String partitionKey, String id, String ifMatch) {
        CosmosItems.checkKeys(partitionKey, id);
        try {
            container.deleteItem(id, new PartitionKey(partitionKey), ifMatch(ifMatch));
            return true;
        } catch (CosmosException e) {
            if (e.getStatusCode() == 404) {
                return false;
            }
            throw CosmosItems.failure(e, describe(partitionKey, id));
        }
    }

    @Override
    public Page<Document> query(DocumentQuery query) {
        Objects.requireNonNull(query, "'query' must not be null");
        return new CosmosQuery(name(), query).run(container);
    }

    /**
     * A Cosmos DB transactional batch. Each result is the document as that operation wrote it; for a delete, the
     * document as it was read just before the batch.
     */
    @Override
    public List<Document> executeBatch(String partitionKey, List<BatchOperation> operations) {
        Objects.requireNonNull(partitionKey, "'partitionKey' must not be null");
        Objects.requireNonNull(operations, "'operations' must not be null");
        CosmosBatch batch = CosmosBatch.createCosmosBatch(new PartitionKey(partitionKey));
        Map<Integer, Document> deleted = new java.util.HashMap<>();
        for (int i = 0; i < operations.size(); i++) {
            try {
                add(batch, partitionKey, Objects.requireNonNull(operations.get(i), "'operation' must not be null"));
                if (operations.get(i) instanceof BatchOperation.Delete delete) {
                    deleted.put(i, read(partitionKey, delete.id())
                            .orElseThrow(() -> new NotFoundException(describe(partitionKey, delete.id()) + " does not exist")));
                }
            } catch (RuntimeException e) {
                throw new BatchFailedException(i, e);
            }
        }
        CosmosBatchResponse response;
        try {
            response = container.executeCosmosBatch(batch);
        } catch (CosmosException e) {
            throw CosmosItems.failure(e, "batch in partition '" + partitionKey + "' of " + name());
        }
        List<CosmosBatchOperationResult> results = response.getResults();
        if (!response.isSuccessStatusCode()) {
            for (int i = 0; i < results.size(); i++) {
                int status = results.get(i).getStatusCode();
                if (status >= 400 && status != FAILED_DEPENDENCY) {
                    throw new BatchFailedException(i, CosmosItems.failure(status,
                            describe(partitionKey, operations.get(i).id()), null));
                }
            }
            throw new BatchFailedException(0, CosmosItems.failure(response.getStatusCode(),
                    "batch in partition '" + partitionKey + "' of " + name(), null));
        }
        List<Document> written = new ArrayList<>(results.size());
        for (int i = 0; i < results.size(); i++) {
            Document before = deleted.get(i);
            written.add(before != null ? before
                    : CosmosItems.document(results.get(i).getItem(JsonNode.class), response.getSessionToken()));
        }
        return List.copyOf(written);
    }

    private static void add(CosmosBatch batch, String partitionKey, BatchOperation operation) {
        if (operation instanceof BatchOperation.Create create) {
            batch.createItemOperation(CosmosItems.item(partitionKey, create.id(), create.json()));
        } else if (operation instanceof BatchOperation.Upsert upsert) {
            batch.upsertItemOperation(CosmosItems.item(partitionKey, upsert.id(), upsert.json()));
        } else if (operation instanceof BatchOperation.Replace replace) {
            batch.replaceItemOperation(replace.id(), CosmosItems.item(partitionKey, replace.id(), replace.json()),
                    batchIfMatch(replace.ifMatch()));
        } else {
            BatchOperation.Delete delete = (BatchOperation.Delete) operation;
            CosmosItems.checkKeys(partitionKey, delete.id());
            batch.deleteItemOperation(delete.id(), batchIfMatch(delete.ifMatch()));
        }
    }

    @Override
    public ChangeFeed changeFeed(String leaseName) {
        if (leaseName == null || leaseName.isBlank()) {
            throw new IllegalArgumentException("'leaseName' must not be blank");
        }
        return new CosmosChangeFeed(container, documents.leases(), leaseName);
    }

    private static CosmosItemRequestOptions ifMatch(String etag) {
        var options = new CosmosItemRequestOptions();
        if (etag != null) {
            options.setIfMatchETag(etag);
        }
        return options;
    }

    private static CosmosBatchItemRequestOptions batchIfMatch(String etag) {
        var options = new CosmosBatchItemRequestOptions();
        if (etag != null) {
            options.setIfMatchETag(etag);
        }
        return options;
    }

    private static Document document(CosmosItemResponse<? extends JsonNode> response) {
        return CosmosItems.documentAskingToken(response.getItem(), response::getSessionToken);
    }

    private String describe(String partitionKey, String id) {
        return "document '" + id + "' in partition '" + partitionKey + "' of " + name();
    }
}
