package com.cumulus.commerce.catalog.adapters;

import com.cumulus.commerce.catalog.application.Products;
import com.cumulus.commerce.catalog.application.Versioned;
import com.cumulus.commerce.catalog.model.Product;
import com.cumulus.commerce.platform.documents.ConflictException;
import com.cumulus.commerce.platform.documents.Document;
import com.cumulus.commerce.platform.documents.DocumentContainer;
import com.cumulus.commerce.platform.documents.NotFoundException;
import com.cumulus.commerce.platform.documents.PreconditionFailedException;
import java.util.Objects;
import java.util.Optional;

/** Products in a document container, one document per SKU in its own partition. */
final class DocumentProducts implements Products {

    private final DocumentContainer container;

    DocumentProducts(DocumentContainer container) {
        this.container = Objects.requireNonNull(container, "'container' must not be null");
    }

    @Override
    public Optional<Versioned<Product>> find(String sku) {
        return container.read(sku, sku).map(DocumentProducts::versioned);
    }

    @Override
    public Optional<Versioned<Product>> create(Product product) {
        try {
            return Optional.of(versioned(container.create(product.sku(), product.sku(), json(product))));
        } catch (ConflictException e) {
            return Optional.empty();
        }
    }

    @Override
    public Optional<Versioned<Product>> replace(Product product, String expectedEtag) {
        try {
            return Optional.of(versioned(
                    container.replace(product.sku(), product.sku(), json(product), expectedEtag)));
        } catch (PreconditionFailedException | NotFoundException e) {
            return Optional.empty();
        }
    }

    private static String json(Product product) {
        return DocumentJson.write(ProductDocument.of(product));
    }

    private static Versioned<Product> versioned(Document document) {
        return new Versioned<>(DocumentJson.read(document.json(), ProductDocument.class).toProduct(), document.etag());
    }
}
