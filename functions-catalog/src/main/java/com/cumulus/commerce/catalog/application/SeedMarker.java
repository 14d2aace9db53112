package com.cumulus.commerce.catalog.application;

/** Remembers that the demo catalog was seeded, so a restart does not seed it again. */
public interface SeedMarker {

    boolean isSeeded();

    void markSeeded(int productCount);
}
