package com.cumulus.commerce.catalog.application;

import com.cumulus.commerce.catalog.model.ProductListing;
import java.util.List;

/** The listing view: one entry per product, kept by the product change feed, read by browsing. */
public interface ProductListings {

    /** Every entry for that SKU; more than one only while a category move is half done. */
    List<ProductListing> findBySku(String sku);

    void upsert(ProductListing listing);

    void delete(String category, String sku);

    /**
     * One page of entries matching the search.
     *
     * @throws com.cumulus.commerce.platform.documents.InvalidContinuationTokenException when the search's
     *         continuation token was not issued for the same search
     */
    ListingPage search(ListingSearch search);
}
