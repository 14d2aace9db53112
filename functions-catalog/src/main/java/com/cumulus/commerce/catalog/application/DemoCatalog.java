package com.cumulus.commerce.catalog.application;

import java.util.List;

/** The products and stock a fresh demo shop starts with. */
@FunctionalInterface
public interface DemoCatalog {

    List<DemoItem> items();
}
