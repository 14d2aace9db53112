package com.cumulus.commerce.catalog.functions;

import static com.cumulus.commerce.catalog.application.CatalogFixture.mug;
import static com.cumulus.commerce.functions.support.testing.Responses.assertProblem;
import static com.cumulus.commerce.functions.support.testing.Responses.body;
import static com.cumulus.commerce.functions.support.testing.Responses.context;
import static org.assertj.core.api.Assertions.assertThat;

import com.cumulus.commerce.catalog.application.InMemoryProducts;
import com.cumulus.commerce.catalog.application.LookUpPrices;
import com.cumulus.commerce.functions.support.testing.FakeHttpRequest;
import com.microsoft.azure.functions.HttpResponseMessage;
import java.util.Collections;
import org.junit.jupiter.api.Test;

class LookUpPricesFunctionTest {

    private final InMemoryProducts products = new InMemoryProducts();
    private final LookUpPricesFunction lookUp = new LookUpPricesFunction(new LookUpPrices(products));

    private HttpResponseMessage lookUp(String skus) {
        var request = FakeHttpRequest.get("/api/products/prices/lookup");
        return lookUp.run(skus == null ? request : request.query("skus", skus), context());
    }

    @Test
    void answersThePricesOfEveryKnownSkuInOneCallAndNamesTheUnknownOnes() {
        products.store(mug("MUG-1"));
        products.store(mug("MUG-2"));

        var response = lookUp("MUG-2,NOPE-1,MUG-1,MUG-2");

        assertThat(response.getStatusCode()).isEqualTo(200);
        var json = body(response);
        assertThat(json.path("items")).hasSize(2);
        assertThat(json.path("items").get(0).path("sku").asText()).isEqualTo("MUG-2");
        assertThat(json.path("items").get(1).path("sku").asText()).isEqualTo("MUG-1");
        assertThat(json.path("items").get(0).path("prices").path("EUR").path("amount").asLong()).isEqualTo(1299);
        assertThat(json.path("items").get(0).path("prices").path("EUR").path("currency").asText()).isEqualTo("EUR");
        assertThat(json.path("unknown")).hasSize(1);
        assertThat(json.path("unknown").get(0).asText()).isEqualTo("NOPE-1");
    }

    @Test
    void missingOrEmptySkusAre400() {
        assertThat(assertProblem(lookUp(null), 400, "invalid-request").path("violations").get(0).path("field")
                .asText()).isEqualTo("skus");
        assertProblem(lookUp(""), 400, "invalid-request");
        assertProblem(lookUp("MUG-1,,MUG-2"), 400, "invalid-request");
    }

    @Test
    void malformedSkusAre400WithoutLookingAnythingUp() {
        products.store(mug("MUG-1"));

        var problem = assertProblem(lookUp("MUG-1,bad sku!"), 400, "invalid-request");

        assertThat(problem.path("violations").get(0).path("field").asText()).isEqualTo("skus");
        assertProblem(lookUp("-MUG"), 400, "invalid-request");
    }

    @Test
    void moreThanAHundredSkusAre400() {
        var skus = String.join(",", Collections.nCopies(LookUpPrices.MAX_SKUS + 1, "MUG-1"));

        var problem = assertProblem(lookUp(skus), 400, "invalid-request");

        assertThat(problem.path("detail").asText()).contains("at most 100");
        assertThat(lookUp(String.join(",", Collections.nCopies(LookUpPrices.MAX_SKUS, "MUG-1"))).getStatusCode())
                .isEqualTo(200);
    }
}
