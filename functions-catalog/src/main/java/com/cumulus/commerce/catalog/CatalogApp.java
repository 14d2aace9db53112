package com.cumulus.commerce.catalog;

import com.cumulus.commerce.catalog.adapters.CatalogAdapters;
import com.cumulus.commerce.catalog.application.AdjustStock;
import com.cumulus.commerce.catalog.application.BrowseProducts;
import com.cumulus.commerce.catalog.application.CommitReservation;
import com.cumulus.commerce.catalog.application.DemoCatalog;
import com.cumulus.commerce.catalog.application.PatchProduct;
import com.cumulus.commerce.catalog.application.RefreshListings;
import com.cumulus.commerce.catalog.application.ReleaseCancelledOrder;
import com.cumulus.commerce.catalog.application.ReleaseExpiredReservations;
import com.cumulus.commerce.catalog.application.ReleaseReservation;
import com.cumulus.commerce.catalog.application.ReserveStock;
import com.cumulus.commerce.catalog.application.SaveProduct;
import com.cumulus.commerce.catalog.application.SeedDemoCatalog;
import com.cumulus.commerce.catalog.application.LookUpPrices;
import com.cumulus.commerce.catalog.application.ViewProduct;
import com.cumulus.commerce.catalog.application.ViewReservation;
import com.cumulus.commerce.catalog.application.ViewStock;
import com.cumulus.commerce.catalog.functions.AdjustStockFunction;
import com.cumulus.commerce.catalog.functions.CommitReservationFunction;
import com.cumulus.commerce.catalog.functions.GetProductFunction;
import com.cumulus.commerce.catalog.functions.LookUpPricesFunction;
import com.cumulus.commerce.catalog.functions.GetReservationFunction;
import com.cumulus.commerce.catalog.functions.GetStockFunction;
import com.cumulus.commerce.catalog.functions.ListProductsFunction;
import com.cumulus.commerce.catalog.functions.PatchProductFunction;
import com.cumulus.commerce.catalog.functions.ProductChangeFeedFunction;
import com.cumulus.commerce.catalog.functions.PutProductFunction;
import com.cumulus.commerce.catalog.functions.ReleaseCancelledOrderFunction;
import com.cumulus.commerce.catalog.functions.ReleaseExpiredReservationsFunction;
import com.cumulus.commerce.catalog.functions.ReleaseReservationFunction;
import com.cumulus.commerce.catalog.functions.ReserveStockFunction;
import com.cumulus.commerce.platform.Platform;
import com.cumulus.commerce.platform.events.Inbox;
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
        var lookUpPrices = new LookUpPrices(products);
        var saveProduct = new SaveProduct(products);
        var patchProduct = new PatchProduct(products);
        var browseProducts = new BrowseProducts(listings);
        var viewStock = new ViewStock(stockLevels);
        var adjustStock = new AdjustStock(stockLevels);
        var refreshListings = new RefreshListings(listings);
        var reservations = CatalogAdapters.reservations(documents);
        var clock = platform.clock();
        var reserveStock = new ReserveStock(reservations, stockLevels, clock, settings.reservationTtl());
        var commitReservation = new CommitReservation(reservations, stockLevels, clock);
        var releaseReservation = new ReleaseReservation(reservations, stockLevels, clock);
        var viewReservation = new ViewReservation(reservations);
        var releaseExpired = new ReleaseExpiredReservations(reservations, stockLevels, clock);
        var releaseCancelled = new ReleaseCancelledOrder(new Inbox(platform.tables(), clock), releaseReservation);
        this.functions = Map.ofEntries(
                function(ListProductsFunction.class, () -> new ListProductsFunction(browseProducts,
                        settings.defaultCurrency())),
                function(GetProductFunction.class, () -> new GetProductFunction(viewProduct)),
                function(LookUpPricesFunction.class, () -> new LookUpPricesFunction(lookUpPrices)),
                function(PutProductFunction.class, () -> new PutProductFunction(saveProduct)),
                function(PatchProductFunction.class, () -> new PatchProductFunction(patchProduct)),
                function(GetStockFunction.class, () -> new GetStockFunction(viewStock)),
                function(AdjustStockFunction.class, () -> new AdjustStockFunction(adjustStock)),
                function(ProductChangeFeedFunction.class, () -> new ProductChangeFeedFunction(refreshListings)),
                function(ReserveStockFunction.class, () -> new ReserveStockFunction(reserveStock)),
                function(CommitReservationFunction.class, () -> new CommitReservationFunction(commitReservation)),
                function(ReleaseReservationFunction.class, () -> new ReleaseReservationFunction(releaseReservation)),
                function(GetReservationFunction.class, () -> new GetReservationFunction(viewReservation)),
                function(ReleaseExpiredReservationsFunction.class,
                        () -> new ReleaseExpiredReservationsFunction(releaseExpired)),
                function(ReleaseCancelledOrderFunction.class,
                        () -> new ReleaseCancelledOrderFunction(releaseCancelled)));
    }

    private static Map.Entry<Class<?>, Supplier<Object>> function(Class<?> type, Supplier<Object> supplier) {
        return Map.entry(type, supplier);
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
