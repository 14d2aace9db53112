package com.cumulus.commerce.catalog.functions;

import static com.cumulus.commerce.catalog.application.CatalogFixture.mug;
import static com.cumulus.commerce.catalog.application.CatalogFixture.withCategory;
import static com.cumulus.commerce.functions.support.testing.Responses.assertProblem;
import static com.cumulus.commerce.functions.support.testing.Responses.body;
import static com.cumulus.commerce.functions.support.testing.Responses.context;
import static org.assertj.core.api.Assertions.assertThat;

import com.cumulus.commerce.platform.kernel.Sku;
import com.cumulus.commerce.catalog.application.BrowseProducts;
import com.cumulus.commerce.catalog.application.InMemoryProductListings;
import com.cumulus.commerce.catalog.application.ListingSearch;
import com.cumulus.commerce.catalog.application.ListingSort;
import com.cumulus.commerce.catalog.model.ProductListing;
import com.cumulus.commerce.functions.support.testing.FakeHttpRequest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ListProductsFunctionTest {

    private final InMemoryProductListings listings = new InMemoryProductListings();
    private final List<ListingSearch> searches = new ArrayList<>();
    private final ListProductsFunction function = new ListProductsFunction(new BrowseProducts(new Recording()), "EUR");

    private final class Recording implements com.cumulus.commerce.catalog.application.ProductListings {
        @Override
        public List<ProductListing> findBySku(Sku sku) {
            return listings.findBySku(sku);
        }

        @Override
        public void upsert(ProductListing listing) {
            listings.upsert(listing);
        }

        @Override
        public void delete(String category, Sku sku) {
            listings.delete(category, sku);
        }

        @Override
        public java.util.Optional<com.cumulus.commerce.catalog.application.ListingPage> search(ListingSearch search) {
            searches.add(search);
            return listings.search(search);
        }
    }

    @Test
    void pagesCarryATokenUntilTheLast() {
        for (int i = 1; i <= 3; i++) {
            listings.upsert(ProductListing.of(mug("MUG-" + i), i));
        }

        var first = body(function.run(FakeHttpRequest.get("/api/products").query("limit", "2"), context()));
        var token = first.path("continuationToken").asText();
        var last = body(function.run(FakeHttpRequest.get("/api/products").query("limit", "2")
                .query("continuationToken", token), context()));

        assertThat(first.path("items").findValuesAsText("sku")).containsExactly("MUG-1", "MUG-2");
        assertThat(last.path("items").findValuesAsText("sku")).containsExactly("MUG-3");
        assertThat(last.has("continuationToken")).isFalse();
        assertThat(first.path("items").get(0).path("prices").path("EUR").path("amount").asLong()).isEqualTo(1299);
        assertThat(first.path("items").get(0).has("searchText")).isFalse();
    }

    @Test
    void filtersAndSortAreHandedToTheSearch() {
        listings.upsert(ProductListing.of(withCategory(mug("MUG-1"), "gifts"), 1));
        var request = FakeHttpRequest.get("/api/products").query("category", "gifts").query("q", "enamel")
                .query("minPrice", "100").query("maxPrice", "2000").query("currency", "GBP")
                .query("sort", "-price").query("code", "function-key");

        var response = function.run(request, context());

        assertThat(response.getStatusCode()).isEqualTo(200);
        assertThat(searches).singleElement().isEqualTo(
                new ListingSearch("gifts", "enamel", 100L, 2000L, "GBP", ListingSort.PRICE_DESCENDING, 20, null));
    }

    @Test
    void defaultsAreSkuOrderTwentyItemsInTheDefaultCurrency() {
        function.run(FakeHttpRequest.get("/api/products"), context());

        assertThat(searches).singleElement().isEqualTo(
                new ListingSearch(null, null, null, null, "EUR", ListingSort.SKU, 20, null));
    }

    @Test
    void foreignContinuationTokenIsRejected() {
        var response = function.run(FakeHttpRequest.get("/api/products").query("continuationToken", "forged"),
                context());

        assertProblem(response, 400, "invalid-continuation-token");
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource({
        "limit, abc", "limit, 0", "limit, 101", "minPrice, cheap", "maxPrice, -1", "currency, euro",
        "currency, XYZ", "sort, random", "category, Not A Slug"})
    void badQueryParameterIsAProblemNamingIt(String name, String value) {
        var problem = assertProblem(function.run(FakeHttpRequest.get("/api/products").query(name, value), context()),
                400, "invalid-request");

        assertThat(problem.path("detail").asText()).contains(name);
        assertThat(searches).isEmpty();
    }

    @Test
    void minPriceAboveMaxPriceIsRejected() {
        var request = FakeHttpRequest.get("/api/products").query("minPrice", "500").query("maxPrice", "100");

        var problem = assertProblem(function.run(request, context()), 400, "invalid-request");

        assertThat(problem.path("detail").asText()).contains("minPrice").contains("maxPrice");
    }
}
