package com.cumulus.commerce.catalog.adapters;

import com.cumulus.commerce.platform.documents.Document;
import com.cumulus.commerce.platform.documents.Page;
import com.cumulus.commerce.platform.documents.InvalidContinuationTokenException;
import java.util.Optional;
import com.cumulus.commerce.platform.kernel.Sku;
import com.cumulus.commerce.catalog.application.ListingPage;
import com.cumulus.commerce.catalog.application.ListingSearch;
import com.cumulus.commerce.catalog.application.ProductListings;
import com.cumulus.commerce.catalog.model.ProductListing;
import com.cumulus.commerce.platform.documents.DocumentContainer;
import com.cumulus.commerce.platform.documents.DocumentQuery;
import com.cumulus.commerce.platform.documents.DocumentQuery.Compare;
import com.cumulus.commerce.platform.documents.DocumentQuery.ContainsText;
import com.cumulus.commerce.platform.documents.DocumentQuery.Filter;
import com.cumulus.commerce.platform.documents.DocumentQuery.Operator;
import com.cumulus.commerce.platform.documents.DocumentQuery.Sort;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The listing view in a document container partitioned by category, so a category page is a
 * single-partition query; other searches fan out across partitions.
 */
final class DocumentProductListings implements ProductListings {

    /** More entries per SKU than this would mean the view is corrupt; a category move leaves at most two. */
    private static final int MAX_ENTRIES_PER_SKU = 10;

    private final DocumentContainer container;

    DocumentProductListings(DocumentContainer container) {
        this.container = Objects.requireNonNull(container, "'container' must not be null");
    }

    @Override
    public List<ProductListing> findBySku(Sku sku) {
        var query = new DocumentQuery(null, List.of(new Compare("sku", Operator.EQ, sku.value())), null,
                MAX_ENTRIES_PER_SKU, null);
        return container.query(query).items().stream()
                .map(document -> DocumentJson.read(document.json(), ListingDocument.class).toListing())
                .toList();
    }

    @Override
    public void upsert(ProductListing listing) {
        container.upsert(listing.category(), listing.sku().value(), DocumentJson.write(ListingDocument.of(listing)));
    }

    @Override
    public void delete(String category, Sku sku) {
        container.delete(category, sku.value(), null);
    }

    @Override
    public Optional<ListingPage> search(ListingSearch search) {
        Page<Document> page;
        try {
            page = container.query(toQuery(search));
        } catch (InvalidContinuationTokenException e) {
            return Optional.empty();
        }
        var items = page.items().stream()
                .map(document -> DocumentJson.read(document.json(), ListingDocument.class).toListing())
                .toList();
        return Optional.of(new ListingPage(items, page.continuationToken()));
    }

    static DocumentQuery toQuery(ListingSearch search) {
        var filters = new ArrayList<Filter>();
        var pricePath = "prices." + search.currency() + ".amount";
        if (search.text() != null && !search.text().isBlank()) {
            filters.add(new ContainsText(List.of("searchText"), search.text().trim()));
        }
        if (search.minPrice() != null) {
            filters.add(new Compare(pricePath, Operator.GE, search.minPrice()));
        }
        if (search.maxPrice() != null) {
            filters.add(new Compare(pricePath, Operator.LE, search.maxPrice()));
        }
        var sort = switch (search.sort()) {
            case SKU -> new Sort("sku", false);
            case TITLE, TITLE_DESCENDING -> new Sort("title", search.sort().descending());
            case PRICE, PRICE_DESCENDING -> new Sort(pricePath, search.sort().descending());
        };
        return new DocumentQuery(search.category(), filters, sort, search.limit(), search.continuationToken());
    }
}
