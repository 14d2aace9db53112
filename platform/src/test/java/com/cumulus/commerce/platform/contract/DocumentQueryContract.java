package com.cumulus.commerce.platform.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cumulus.commerce.platform.documents.Document;
import com.cumulus.commerce.platform.documents.DocumentContainer;
import com.cumulus.commerce.platform.documents.DocumentQuery;
import com.cumulus.commerce.platform.documents.DocumentQuery.Compare;
import com.cumulus.commerce.platform.documents.DocumentQuery.ContainsText;
import com.cumulus.commerce.platform.documents.DocumentQuery.Filter;
import com.cumulus.commerce.platform.documents.DocumentQuery.Operator;
import com.cumulus.commerce.platform.documents.DocumentQuery.Sort;
import com.cumulus.commerce.platform.documents.Documents;
import com.cumulus.commerce.platform.documents.InvalidContinuationTokenException;
import com.cumulus.commerce.platform.documents.Page;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link Documents} query must do: filters, one sort path with missing values first (ascending)
 * and ties broken by id, and continuation tokens that walk every page exactly once.
 */
public abstract class DocumentQueryContract extends StoreContract<Documents> {

    private static final String PRICE = "prices.EUR.amount";

    private DocumentContainer products;
    private final List<Product> catalog = IntStream.rangeClosed(1, 24).mapToObj(Product::numbered).toList();

    private Documents documents() {
        return store();
    }

    @BeforeEach
    void seedCatalog() {
        products = documents().container("products");
        catalog.forEach(p -> products.create(p.partition(), p.id(), p.json()));
    }

    @Test
    void filteredAscendingQueryWalksEveryPageExactlyOnce() {
        var query = query(null, List.of(new Compare("category", Operator.EQ, "games")), new Sort(PRICE, false), 4);

        assertThat(walk(query)).containsExactlyElementsOf(
                expected(p -> p.category().equals("games"), byPrice()));
    }

    @Test
    void missingSortValuesComeFirstAscending() {
        List<String> ids = walk(query(null, List.of(), new Sort(PRICE, false), 2));

        assertThat(ids).containsExactlyElementsOf(expected(p -> true, byPrice()));
        assertThat(ids.subList(0, 4)).as("the products without a price").containsExactly("p05", "p10", "p15", "p20");
    }

    @Test
    void descendingQueryIsTheExactReverseWithMissingValuesLast() {
        List<String> ids = walk(query(null, List.of(), new Sort(PRICE, true), 3));

        assertThat(ids).containsExactlyElementsOf(expected(p -> true, byPrice().reversed()));
        assertThat(ids.subList(20, 24)).containsExactly("p20", "p15", "p10", "p05");
    }

    @Test
    void realNumberSortPagesThroughTies() {
        Comparator<Product> byRating = Comparator.comparingDouble(Product::rating).thenComparing(Product::id);

        assertThat(walk(query(null, List.of(), new Sort("rating", true), 5)))
                .containsExactlyElementsOf(expected(p -> true, byRating.reversed()));
    }

    @Test
    void defaultSortIsById() {
        assertThat(walk(DocumentQuery.all(7))).containsExactlyElementsOf(
                expected(p -> true, Comparator.comparing(Product::id)));
    }

    @Test
    void comparisonsAreAndedAndMatchOnlyValuesOfTheSameType() {
        assertThat(ids(List.of(new Compare(PRICE, Operator.GE, 200), new Compare(PRICE, Operator.LT, 400))))
                .containsExactlyElementsOf(expected(
                        p -> p.price() != null && p.price() >= 200 && p.price() < 400, byId()));
        assertThat(ids(List.of(new Compare(PRICE, Operator.LE, 100L))))
                .containsExactlyElementsOf(expected(p -> p.price() != null && p.price() <= 100, byId()));
        assertThat(ids(List.of(new Compare(PRICE, Operator.GT, 399.5))))
                .containsExactlyElementsOf(expected(p -> p.price() != null && p.price() > 399.5, byId()));
        assertThat(ids(List.of(new Compare("category", Operator.NE, "books"))))
                .containsExactlyElementsOf(expected(p -> !p.category().equals("books"), byId()));
        assertThat(ids(List.of(new Compare("inStock", Operator.EQ, true))))
                .containsExactlyElementsOf(expected(Product::inStock, byId()));
        assertThat(ids(List.of(new Compare(PRICE, Operator.EQ, "300")))).as("a string never equals a number")
                .isEmpty();
        assertThat(ids(List.of(new Compare(PRICE, Operator.NE, 300)))).as("a missing value never matches")
                .containsExactlyElementsOf(expected(p -> p.price() != null && p.price() != 300, byId()));
    }

    @Test
    void containsTextMatchesAnyOfThePathsIgnoringCase() {
        assertThat(ids(List.of(new ContainsText(List.of("title", "description"), "bLuE"))))
                .containsExactlyElementsOf(expected(
                        p -> p.title().contains("Blue") || p.description().contains("BLUE"), byId()));
    }

    @Test
    void partitionScopedQuerySeesOnlyThatPartition() {
        var query = query("shop-1", List.of(), new Sort(PRICE, true), 4);

        assertThat(walk(query)).containsExactlyElementsOf(
                expected(p -> p.partition().equals("shop-1"), byPrice().reversed()));
    }

    @Test
    void theLastPageHasNoToken() {
        var books = List.<Filter>of(new Compare("category", Operator.EQ, "books"));

        Page<Document> single = products.query(query(null, books, null, 8));
        assertThat(single.items()).hasSize(8);
        assertThat(single.continuationToken()).isNull();

        Page<Document> first = products.query(query(null, books, null, 4));
        Page<Document> second = products.query(query(null, books, null, 4).withContinuation(first.continuationToken()));
        assertThat(first.continuationToken()).isNotNull();
        assertThat(second.items()).hasSize(4);
        assertThat(second.continuationToken()).isNull();
    }

    @Test
    void malformedTokenIsRejected() {
        var base = query(null, List.of(), null, 5);
        for (String token : List.of("not a token!", base64("hello"), base64("{}"), base64("[1]"),
                base64("{\"s\":{},\"i\":\"p01\",\"q\":\"x\"}"))) {
            assertThatThrownBy(() -> products.query(base.withContinuation(token)))
                    .as(token).isInstanceOf(InvalidContinuationTokenException.class);
        }
    }

    @Test
    void tokenIssuedForAnotherQueryIsRejected() {
        var games = query(null, List.of(new Compare("category", Operator.EQ, "games")), new Sort(PRICE, false), 4);
        String token = products.query(games).continuationToken();

        for (var other : List.of(
                query(null, List.of(new Compare("category", Operator.EQ, "books")), new Sort(PRICE, false), 4),
                query(null, games.filters(), new Sort(PRICE, true), 4),
                query("shop-1", games.filters(), new Sort(PRICE, false), 4))) {
            assertThatThrownBy(() -> products.query(other.withContinuation(token)))
                    .isInstanceOf(InvalidContinuationTokenException.class);
        }
        assertThatThrownBy(() -> documents().container("archive").query(games.withContinuation(token)))
                .as("another container").isInstanceOf(InvalidContinuationTokenException.class);
        assertThat(products.query(games.withContinuation(token)).items()).hasSize(4);
    }

    private List<String> ids(List<Filter> filters) {
        return walk(query(null, filters, null, DocumentQuery.MAX_LIMIT));
    }

    /** Every id of every page, checking that only the last page lacks a token and pages are full. */
    private List<String> walk(DocumentQuery query) {
        List<String> ids = new ArrayList<>();
        Page<Document> page = products.query(query);
        for (int pages = 1; ; pages++) {
            page.items().forEach(d -> ids.add(d.id()));
            if (page.continuationToken() == null) {
                return ids;
            }
            assertThat(page.items()).as("a page with a token is full").hasSize(query.limit());
            assertThat(pages).as("pages").isLessThanOrEqualTo(catalog.size());
            page = products.query(query.withContinuation(page.continuationToken()));
        }
    }

    private List<String> expected(Predicate<Product> filter, Comparator<Product> order) {
        return catalog.stream().filter(filter).sorted(order).map(Product::id).toList();
    }

    private static Comparator<Product> byPrice() {
        return Comparator.comparing((Function<Product, Long>) Product::price,
                Comparator.nullsFirst(Comparator.naturalOrder())).thenComparing(Product::id);
    }

    private static Comparator<Product> byId() {
        return Comparator.comparing(Product::id);
    }

    private static DocumentQuery query(String partition, List<Filter> filters, Sort sort, int limit) {
        return new DocumentQuery(partition, filters, sort, limit, null);
    }

    private static String base64(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /** A catalog row with ties in price and rating, some prices missing, and two partitions. */
    private record Product(String id, String partition, String category, Long price, String title,
                           String description, boolean inStock, double rating) {

        static Product numbered(int i) {
            return new Product(String.format("p%02d", i), "shop-" + (i % 2), i % 3 == 0 ? "books" : "games",
                    i % 5 == 0 ? null : (long) (i * 7 % 6) * 100,
                    i % 4 == 0 ? "Blue Widget " + i : "Item " + i,
                    i % 7 == 0 ? "a BLUE thing" : "plain", i % 2 == 0, i % 4 + 0.5);
        }

        String json() {
            String prices = price == null ? "{}" : "{\"EUR\":{\"amount\":" + price + ",\"currency\":\"EUR\"}}";
            return "{\"sku\":\"" + id + "\",\"category\":\"" + category + "\",\"prices\":" + prices
                    + ",\"title\":\"" + title + "\",\"description\":\"" + description + "\",\"inStock\":" + inStock
                    + ",\"rating\":" + rating + "}";
        }
    }
}
