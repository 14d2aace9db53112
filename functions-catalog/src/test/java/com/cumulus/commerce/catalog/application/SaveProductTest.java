package com.cumulus.commerce.catalog.application;

import static com.cumulus.commerce.catalog.application.CatalogFixture.mug;
import static com.cumulus.commerce.catalog.application.CatalogFixture.withTitle;
import static org.assertj.core.api.Assertions.assertThat;

import com.cumulus.commerce.platform.kernel.Sku;
import org.junit.jupiter.api.Test;

class SaveProductTest {

    private final InMemoryProducts products = new InMemoryProducts();
    private final SaveProduct saveProduct = new SaveProduct(products);

    @Test
    void absentProductIsCreatedWithoutPreconditions() {
        var result = saveProduct.save(Sku.of("MUG-1"), mug("MUG-1"), Preconditions.none());

        assertThat(result).isInstanceOf(ProductWriteResult.Created.class);
        assertThat(products.find(Sku.of("MUG-1"))).isPresent();
    }

    @Test
    void replacingRequiresIfMatch() {
        products.store(mug("MUG-1"));

        var result = saveProduct.save(Sku.of("MUG-1"), withTitle(mug("MUG-1"), "New"), Preconditions.none());

        assertThat(result).isInstanceOf(ProductWriteResult.PreconditionRequired.class);
        assertThat(products.find(Sku.of("MUG-1")).orElseThrow().value().title()).isEqualTo("Enamel Mug");
    }

    @Test
    void staleEtagIsRejected() {
        var first = products.store(mug("MUG-1"));
        products.store(withTitle(mug("MUG-1"), "Changed by someone else"));

        var result = saveProduct.save(Sku.of("MUG-1"), withTitle(mug("MUG-1"), "Mine"), Preconditions.ifMatch(first.etag()));

        assertThat(result).isInstanceOf(ProductWriteResult.PreconditionFailed.class);
        assertThat(products.find(Sku.of("MUG-1")).orElseThrow().value().title()).isEqualTo("Changed by someone else");
    }

    @Test
    void currentEtagReplacesEvenWithoutQuotes() {
        var stored = products.store(mug("MUG-1"));
        var unquoted = stored.etag().replace("\"", "");

        var result = saveProduct.save(Sku.of("MUG-1"), withTitle(mug("MUG-1"), "Mine"), Preconditions.ifMatch(unquoted));

        assertThat(result).isInstanceOfSatisfying(ProductWriteResult.Replaced.class,
                replaced -> assertThat(replaced.product().value().title()).isEqualTo("Mine"));
    }

    @Test
    void ifNoneMatchStarRefusesToOverwrite() {
        products.store(mug("MUG-1"));

        var result = saveProduct.save(Sku.of("MUG-1"), mug("MUG-1"), new Preconditions(null, "*"));

        assertThat(result).isInstanceOf(ProductWriteResult.PreconditionFailed.class);
    }

    @Test
    void bodySkuMustMatchThePath() {
        var result = saveProduct.save(Sku.of("MUG-2"), mug("MUG-1"), Preconditions.none());

        assertThat(result).isInstanceOfSatisfying(ProductWriteResult.Invalid.class,
                invalid -> assertThat(invalid.violations()).extracting("field").containsExactly("sku"));
        assertThat(products.size()).isZero();
    }

    @Test
    void productBreakingRulesIsNotStored() {
        var result = saveProduct.save(Sku.of("MUG-1"), withTitle(mug("MUG-1"), " "), Preconditions.none());

        assertThat(result).isInstanceOfSatisfying(ProductWriteResult.Invalid.class,
                invalid -> assertThat(invalid.violations()).extracting("field").containsExactly("title"));
        assertThat(products.size()).isZero();
    }
}
