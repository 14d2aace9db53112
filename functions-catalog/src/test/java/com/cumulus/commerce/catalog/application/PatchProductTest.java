package com.cumulus.commerce.catalog.application;

import static com.cumulus.commerce.catalog.application.CatalogFixture.mug;
import static com.cumulus.commerce.catalog.application.CatalogFixture.withTitle;
import static org.assertj.core.api.Assertions.assertThat;

import com.cumulus.commerce.platform.kernel.Violation;
import com.cumulus.commerce.platform.kernel.Sku;
import com.cumulus.commerce.catalog.model.Product;
import com.cumulus.commerce.platform.kernel.Violation;
import java.util.List;
import org.junit.jupiter.api.Test;

class PatchProductTest {

    private final InMemoryProducts products = new InMemoryProducts();
    private final PatchProduct patchProduct = new PatchProduct(products);
    private final ProductPatch retitle = current -> new ProductPatch.Outcome.Applied(withTitle(current, "Retitled"));

    @Test
    void patchWithCurrentEtagIsApplied() {
        var stored = products.store(mug("MUG-1"));

        var result = patchProduct.patch(Sku.of("MUG-1"), retitle, Preconditions.ifMatch(stored.etag()));

        assertThat(result).isInstanceOf(ProductWriteResult.Replaced.class);
        assertThat(products.find(Sku.of("MUG-1")).orElseThrow().value().title()).isEqualTo("Retitled");
    }

    @Test
    void patchWithoutIfMatchIsRefused() {
        products.store(mug("MUG-1"));

        assertThat(patchProduct.patch(Sku.of("MUG-1"), retitle, Preconditions.none()))
                .isInstanceOf(ProductWriteResult.PreconditionRequired.class);
    }

    @Test
    void patchOnStaleEtagIsRefused() {
        var stored = products.store(mug("MUG-1"));
        products.store(mug("MUG-1"));

        assertThat(patchProduct.patch(Sku.of("MUG-1"), retitle, Preconditions.ifMatch(stored.etag())))
                .isInstanceOf(ProductWriteResult.PreconditionFailed.class);
        assertThat(products.find(Sku.of("MUG-1")).orElseThrow().value().title()).isEqualTo("Enamel Mug");
    }

    @Test
    void patchOfUnknownProductIsNotFound() {
        assertThat(patchProduct.patch(Sku.of("NOPE"), retitle, Preconditions.ifMatch("*")))
                .isInstanceOf(ProductWriteResult.NotFound.class);
    }

    @Test
    void skuCannotBePatched() {
        var stored = products.store(mug("MUG-1"));
        ProductPatch resku = current -> new ProductPatch.Outcome.Applied(new Product("MUG-9", current.title(),
                current.description(), current.category(), current.attributes(), current.images(), current.prices()));

        var result = patchProduct.patch(Sku.of("MUG-1"), resku, Preconditions.ifMatch(stored.etag()));

        assertThat(result).isInstanceOfSatisfying(ProductWriteResult.Invalid.class, invalid ->
                assertThat(invalid.violations()).containsExactly(new Violation("sku", "cannot be changed")));
    }

    @Test
    void patchThatBreaksRulesOrCannotApplyIsInvalid() {
        var stored = products.store(mug("MUG-1"));
        ProductPatch blank = current -> new ProductPatch.Outcome.Applied(withTitle(current, ""));
        ProductPatch unreadable = current -> new ProductPatch.Outcome.Rejected(
                List.of(new Violation("title", "must be a string")));

        assertThat(patchProduct.patch(Sku.of("MUG-1"), blank, Preconditions.ifMatch(stored.etag())))
                .isInstanceOf(ProductWriteResult.Invalid.class);
        assertThat(patchProduct.patch(Sku.of("MUG-1"), unreadable, Preconditions.ifMatch(stored.etag())))
                .isInstanceOf(ProductWriteResult.Invalid.class);
        assertThat(products.find(Sku.of("MUG-1")).orElseThrow().etag()).isEqualTo(stored.etag());
    }
}
