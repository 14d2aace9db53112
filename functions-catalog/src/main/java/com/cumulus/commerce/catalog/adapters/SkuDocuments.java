package com.cumulus.commerce.catalog.adapters;

import com.cumulus.commerce.platform.kernel.Sku;
import com.cumulus.commerce.catalog.application.Versioned;
import com.cumulus.commerce.platform.documents.ConflictException;
import com.cumulus.commerce.platform.documents.Document;
import com.cumulus.commerce.platform.documents.DocumentContainer;
import com.cumulus.commerce.platform.documents.NotFoundException;
import com.cumulus.commerce.platform.documents.PreconditionFailedException;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Values kept one document per SKU, each in its own partition, written under the store's ETags. A lost race
 * (the document appeared, changed or went since it was read) is an empty answer, not an exception, so the
 * use cases can word the refusal.
 *
 * @param <T> the domain value
 * @param <D> its stored form
 */
abstract class SkuDocuments<T, D> {

    private final DocumentContainer container;
    private final Class<D> documentType;
    private final Function<T, Sku> sku;
    private final Function<T, D> toDocument;
    private final Function<D, T> fromDocument;

    SkuDocuments(DocumentContainer container, Class<D> documentType, Function<T, Sku> sku,
                 Function<T, D> toDocument, Function<D, T> fromDocument) {
        this.container = Objects.requireNonNull(container, "'container' must not be null");
        this.documentType = documentType;
        this.sku = sku;
        this.toDocument = toDocument;
        this.fromDocument = fromDocument;
    }

    public Optional<Versioned<T>> find(Sku sku) {
        return container.read(sku.value(), sku.value()).map(this::versioned);
    }

    public Optional<Versioned<T>> create(T value) {
        var key = sku.apply(value).value();
        try {
            return Optional.of(versioned(container.create(key, key, json(value))));
        } catch (ConflictException e) {
            return Optional.empty();
        }
    }

    public Optional<Versioned<T>> replace(T value, String expectedEtag) {
        var key = sku.apply(value).value();
        try {
            // the value as written, with the new ETag: reading back what was just written would parse it again
            return Optional.of(new Versioned<>(value, container.replace(key, key, json(value), expectedEtag).etag()));
        } catch (PreconditionFailedException | NotFoundException e) {
            return Optional.empty();
        }
    }

    private String json(T value) {
        return DocumentJson.write(toDocument.apply(value));
    }

    private Versioned<T> versioned(Document document) {
        return new Versioned<>(fromDocument.apply(DocumentJson.read(document.json(), documentType)), document.etag());
    }
}
