package com.cumulus.commerce.catalog.adapters;

import com.cumulus.commerce.catalog.application.DemoCatalog;
import com.cumulus.commerce.catalog.application.ProductListings;
import com.cumulus.commerce.catalog.application.Products;
import com.cumulus.commerce.catalog.application.Reservations;
import com.cumulus.commerce.catalog.application.SeedMarker;
import com.cumulus.commerce.catalog.application.StockLevels;
import com.cumulus.commerce.platform.Clock;
import com.cumulus.commerce.platform.documents.Documents;

/** Builds the catalog's ports on the platform's document store; the adapters themselves stay package-private. */
public final class CatalogAdapters {

    public static final String PRODUCTS = "products";
    public static final String STOCK = "stock";
    public static final String LISTINGS = "product-listings";
    public static final String META = "catalog-meta";
    public static final String RESERVATIONS = "reservations";

    private CatalogAdapters() {
    }

    public static Products products(Documents documents) {
        return new DocumentProducts(documents.container(PRODUCTS));
    }

    public static StockLevels stockLevels(Documents documents) {
        return new DocumentStockLevels(documents.container(STOCK));
    }

    public static Reservations reservations(Documents documents) {
        return new DocumentReservations(documents.container(RESERVATIONS));
    }

    public static ProductListings listings(Documents documents) {
        return new DocumentProductListings(documents.container(LISTINGS));
    }

    public static SeedMarker seedMarker(Documents documents, Clock clock) {
        return new DocumentSeedMarker(documents.container(META), clock);
    }

    /** The demo catalog built from the purchase statistics shipped as a resource. */
    public static DemoCatalog demoCatalog() {
        return new GeneratedDemoCatalog(GeneratedDemoCatalog.RESOURCE);
    }
}
