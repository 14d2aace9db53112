package com.cumulus.commerce.catalog;

import static com.cumulus.commerce.functions.support.FunctionCatalog.serves;

import com.cumulus.commerce.functions.support.FunctionApp;
import com.cumulus.commerce.functions.support.FunctionCatalog;
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

import java.util.Objects;


/** The catalog's composition root: ports on the platform, use cases on the ports, functions on the use cases. */
public final class CatalogApp implements FunctionApp {

    private final CatalogSettings settings;
    private final SeedDemoCatalog seedDemoCatalog;
    private final FunctionCatalog functions;

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
        var releaseCancelled = new ReleaseCancelledOrder(new Inbox(platform.tables(), clock, platform.instance()), releaseReservation);
        this.functions = FunctionCatalog.of("catalog",
                serves(ListProductsFunction.class, () -> new ListProductsFunction(browseProducts,
                        settings.defaultCurrency())),
                serves(GetProductFunction.class, () -> new GetProductFunction(viewProduct)),
                serves(LookUpPricesFunction.class, () -> new LookUpPricesFunction(lookUpPrices)),
                serves(PutProductFunction.class, () -> new PutProductFunction(saveProduct)),
                serves(PatchProductFunction.class, () -> new PatchProductFunction(patchProduct)),
                serves(GetStockFunction.class, () -> new GetStockFunction(viewStock)),
                serves(AdjustStockFunction.class, () -> new AdjustStockFunction(adjustStock)),
                serves(ProductChangeFeedFunction.class, () -> new ProductChangeFeedFunction(refreshListings)),
                serves(ReserveStockFunction.class, () -> new ReserveStockFunction(reserveStock)),
                serves(CommitReservationFunction.class, () -> new CommitReservationFunction(commitReservation)),
                serves(ReleaseReservationFunction.class, () -> new ReleaseReservationFunction(releaseReservation)),
                serves(GetReservationFunction.class, () -> new GetReservationFunction(viewReservation)),
                serves(ReleaseExpiredReservationsFunction.class,
                        () -> new ReleaseExpiredReservationsFunction(releaseExpired)),
                serves(ReleaseCancelledOrderFunction.class,
                        () -> new ReleaseCancelledOrderFunction(releaseCancelled)));
    }

    /** Seeds the demo catalog when the settings ask for it; a no-op once seeded. */
    @Override
    public void start() {
        if (settings.seedDemo()) {
            seedDemoCatalog.seedIfNeeded();
        }
    }

    /** A function instance wired to this app's use cases. */
    @Override
    public <T> T function(Class<T> type) {
        return functions.get(type);
    }

    public CatalogSettings settings() {
        return settings;
    }
}
