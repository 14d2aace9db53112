package com.cumulus.commerce.catalog.adapters;

import com.cumulus.commerce.platform.kernel.Sku;
import com.cumulus.commerce.catalog.application.Products;
import com.cumulus.commerce.catalog.model.Product;
import com.cumulus.commerce.platform.documents.DocumentContainer;

/** Products in a document container, one document per SKU in its own partition. */
final class DocumentProducts extends SkuDocuments<Product, ProductDocument> implements Products {

    DocumentProducts(DocumentContainer container) {
        super(container, ProductDocument.class, product -> Sku.of(product.sku()), ProductDocument::of, ProductDocument::toProduct);
    }
}
