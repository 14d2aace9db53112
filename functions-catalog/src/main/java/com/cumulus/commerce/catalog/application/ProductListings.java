package com.cumulus.commerce.catalog.application;

import java.util.Optional;
import com.cumulus.commerce.platform.kernel.Sku;
import com.cumulus.commerce.catalog.model.ProductListing;
import java.util.List;

/** The listing view: one entry per product, kept by the product change feed, read by browsing. */
public interface ProductListings {

    /** Every entry for that SKU; more than one only while a category move is half done. */
    List<ProductListing> findBySku(Sku sku);

    void upsert(ProductListing listing);

    void delete(String category, Sku sku);

    /** One page of entries matching the search; empty when its continuation token was not issued for it. */
    Optional<ListingPage> search(ListingSearch search);
}
