package com.cumulus.commerce.catalog.functions;

import com.cumulus.commerce.functions.support.HttpGuard;

/** The catalog's HTTP edge: the shared guard, scoped to this app's functions and service audience. */
public final class CatalogHttpGuard extends HttpGuard {

    public CatalogHttpGuard() {
        super("com.cumulus.commerce.catalog", "CATALOG_SERVICE_AUDIENCE");
    }
}
