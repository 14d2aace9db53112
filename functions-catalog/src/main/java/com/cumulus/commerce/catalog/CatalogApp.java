package com.cumulus.commerce.catalog;

import com.cumulus.commerce.catalog.adapters.CatalogAdapters;
import com.cumulus.commerce.catalog.application.AdjustStock;
import com.cumulus.commerce.catalog.application.BrowseProducts;
import com.cumulus.commerce.catalog.application.DemoCatalog;
import com.cumulus.commerce.catalog.application.PatchProduct;
import com.cumulus.commerce.catalog.application.RefreshListings;
import com.cumulus.commerce.catalog.application.SaveProduct;
import com.cumulus.commerce.catalog.application.SeedDemoCatalog;
import com.cumulus.commerce.catalog.application.ViewProduct;
import com.cumulus.commerce.catalog.application.ViewStock;
import com.cumulus.commerce.catalog.functions.AdjustStockFunction;
import com.cumulus.commerce.catalog.functions.GetProductFunction;
import com.cumulus.commerce.catalog.functions.GetStockFunction;
import com.cumulus.commerce.catalog.functions.ListProductsFunction;
import com.cumulus.commerce.catalog.functions.PatchProductFunction;
import com.cumulus.commerce.catalog.functions.ProductChangeFeedFunction;
import com.cumulus.commerce.catalog.functions.PutProductFunction;
import com.cumulus.commerce.platform.Platform;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/** The catalog's composition root: ports on the platform, use cases on the ports, functions on the use cases. */
public final class CatalogApp {

    private final CatalogSettings settings;
    private final SeedDemoCatalog seedDemoCatalog;
    private final Map<Class<?>, Supplier<Object>> functions;

    public CatalogApp(Platform platform, CatalogSettings settings) {
        this(platform, settings, CatalogAdapters.demoCatalog());
    }

    CatalogApp(Platform platform, CatalogSettings settings, DemoCatalog demoCatalog) {
        Objects.requireNonNull(platform, "'platform' must not be null");
        this.settings = Objects.requireNonNull(settings, "'settings' must not be null");
        var documents = platform.documents();
        var products = CatalogAdapters.products(documents);
        var stockLevels = CatalogAdapters.stockLevels(documents);
        var listings = CatalogAdapters.listings(documents);
        this.seedDemoCatalog = new SeedDemoCatalog(demoCatalog, products, stockLevels,
                CatalogAdapters.seedMarker(documents, platform.clock()));

        var viewProduct = new ViewProduct(products);
        var saveProduct = new SaveProduct(products);
        var patchProduct = new PatchProduct(products);
        var browseProducts = new BrowseProducts(listings);
        var viewStock = new ViewStock(stockLevels);
        var adjustStock = new AdjustStock(stockLevels);
        var refreshListings = new RefreshListings(listings);
        this.functions = Map.of(
                ListProductsFunction.class, () -> new ListProductsFunction(browseProducts, settings.defaultCurrency()),
                GetProductFunction.class, () -> new GetProductFunction(viewProduct),
                PutProductFunction.class, () -> new PutProductFunction(saveProduct),
                PatchProductFunction.class, () -> new PatchProductFunction(patchProduct),
                GetStockFunction.class, () -> new GetStockFunction(viewStock),
                AdjustStockFunction.class, () -> new AdjustStockFunction(adjustStock),
                ProductChangeFeedFunction.class, () -> new ProductChangeFeedFunction(refreshListings));
    }

    /** Seeds the demo catalog when the settings ask for it; a no-op once seeded. */
    public int start() {
        return settings.seedDemo() ? seedDemoCatalog.seedIfNeeded() : 0;
    }

    /** A function instance wired to this app's use cases. */
    public <T> T function(Class<T> type) {
        var supplier = functions.get(type);
        if (supplier == null) {
            throw new IllegalArgumentException("'type' is not a catalog function: " + type.getName());
        }
        return type.cast(supplier.get());
    }

    public CatalogSettings settings() {
        return settings;
    }
}
