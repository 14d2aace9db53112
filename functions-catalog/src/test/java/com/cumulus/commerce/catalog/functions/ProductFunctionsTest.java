package com.cumulus.commerce.catalog.functions;

import static com.cumulus.commerce.catalog.application.CatalogFixture.mug;
import static com.cumulus.commerce.functions.support.testing.Responses.assertProblem;
import static com.cumulus.commerce.functions.support.testing.Responses.body;
import static com.cumulus.commerce.functions.support.testing.Responses.context;
import static org.assertj.core.api.Assertions.assertThat;

import com.cumulus.commerce.platform.kernel.Sku;
import com.cumulus.commerce.catalog.application.InMemoryProducts;
import com.cumulus.commerce.catalog.application.PatchProduct;
import com.cumulus.commerce.catalog.application.SaveProduct;
import com.cumulus.commerce.catalog.application.ViewProduct;
import com.cumulus.commerce.functions.support.testing.FakeHttpRequest;
import com.microsoft.azure.functions.HttpResponseMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProductFunctionsTest {

    private static final String MUG = """
            {"sku": "MUG-1", "title": "Enamel Mug", "description": "Sturdy.", "category": "kitchen",
             "attributes": {"colour": "white"}, "images": ["https://images.example.com/mug.jpg"],
             "prices": {"EUR": {"amount": 1299, "currency": "EUR"}}}""";

    private final InMemoryProducts products = new InMemoryProducts();
    private final GetProductFunction get = new GetProductFunction(new ViewProduct(products));
    private final PutProductFunction put = new PutProductFunction(new SaveProduct(products));
    private final PatchProductFunction patch = new PatchProductFunction(new PatchProduct(products));

    private HttpResponseMessage put(FakeHttpRequest request, String sku) {
        return put.run(request, sku, context());
    }

    @Test
    void putCreatesWithLocationAndEtag() {
        var response = put(FakeHttpRequest.put("/api/products/MUG-1", MUG), "MUG-1");

        assertThat(response.getStatusCode()).isEqualTo(201);
        assertThat(response.getHeader("Location")).isEqualTo("/api/products/MUG-1");
        var etag = response.getHeader("ETag");
        assertThat(etag).startsWith("\"").endsWith("\"");
        var json = body(response);
        assertThat(json.path("etag").asText()).isEqualTo(etag);
        assertThat(json.path("prices").path("EUR").path("amount").asLong()).isEqualTo(1299);
        assertThat(json.path("prices").path("EUR").has("negative")).isFalse();
    }

    @Test
    void getAnswersWithEtagAndCacheControl() {
        var stored = products.store(mug("MUG-1"));

        var response = get.run(FakeHttpRequest.get("/api/products/MUG-1"), "MUG-1", context());

        assertThat(response.getStatusCode()).isEqualTo(200);
        assertThat(response.getHeader("ETag")).isEqualTo(stored.etag());
        assertThat(response.getHeader("Cache-Control")).isEqualTo("public, max-age=60");
        assertThat(body(response).path("title").asText()).isEqualTo("Enamel Mug");
    }

    @ParameterizedTest
    @CsvSource({"current", "*"})
    void ifNoneMatchOnCurrentVersionAnswers304WithoutBody(String ifNoneMatch) {
        var stored = products.store(mug("MUG-1"));
        var header = ifNoneMatch.equals("current") ? stored.etag() : ifNoneMatch;

        var response = get.run(FakeHttpRequest.get("/api/products/MUG-1").header("If-None-Match", header),
                "MUG-1", context());

        assertThat(response.getStatusCode()).isEqualTo(304);
        assertThat(response.getBody()).isNull();
        assertThat(response.getHeader("ETag")).isEqualTo(stored.etag());
    }

    @Test
    void ifNoneMatchOnOldVersionAnswersTheProduct() {
        var old = products.store(mug("MUG-1"));
        products.store(mug("MUG-1"));

        var response = get.run(FakeHttpRequest.get("/api/products/MUG-1").header("If-None-Match", old.etag()),
                "MUG-1", context());

        assertThat(response.getStatusCode()).isEqualTo(200);
    }

    @Test
    void unknownProductIsNotFound() {
        assertProblem(get.run(FakeHttpRequest.get("/api/products/NOPE"), "NOPE", context()), 404, "not-found");
    }

    @Test
    void badSkuInPathIsRejected() {
        var problem = assertProblem(get.run(FakeHttpRequest.get("/api/products/-x"), "-x", context()),
                400, "invalid-request");
        assertThat(problem.path("violations").get(0).path("field").asText()).isEqualTo("sku");
        assertProblem(put(FakeHttpRequest.put("/api/products/a%20b", MUG), "a b"), 400, "invalid-request");
    }

    @Test
    void replaceWithoutIfMatchIsPreconditionRequired() {
        products.store(mug("MUG-1"));

        assertProblem(put(FakeHttpRequest.put("/api/products/MUG-1", MUG), "MUG-1"), 428, "precondition-required");
    }

    @Test
    void replaceWithStaleIfMatchIsPreconditionFailed() {
        var old = products.store(mug("MUG-1"));
        products.store(mug("MUG-1"));

        var response = put(FakeHttpRequest.put("/api/products/MUG-1", MUG).header("If-Match", old.etag()), "MUG-1");

        assertProblem(response, 412, "precondition-failed");
    }

    @Test
    void replaceWithCurrentIfMatchAnswers200AndNewEtag() {
        var current = products.store(mug("MUG-1"));

        var response = put(FakeHttpRequest.put("/api/products/MUG-1", MUG.replace("Enamel Mug", "Tin Mug"))
                .header("If-Match", current.etag()), "MUG-1");

        assertThat(response.getStatusCode()).isEqualTo(200);
        assertThat(response.getHeader("ETag")).isNotEqualTo(current.etag());
        assertThat(products.find(Sku.of("MUG-1")).orElseThrow().value().title()).isEqualTo("Tin Mug");
    }

    @Test
    void createWithIfNoneMatchStarOverExistingIsPreconditionFailed() {
        products.store(mug("MUG-1"));

        assertProblem(put(FakeHttpRequest.put("/api/products/MUG-1", MUG).header("If-None-Match", "*"), "MUG-1"),
                412, "precondition-failed");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "not JSON               | {\"sku\": |                                                                    malformed-json  | ",
        "empty body             | ' '   |                                                                        malformed-json  | ",
        "array body             | []    |                                                                        malformed-json  | ",
        "title a number         | {\"sku\":\"MUG-1\",\"title\":12,\"category\":\"kitchen\",\"prices\":{}} |   invalid-request | title",
        "unknown property       | {\"sku\":\"MUG-1\",\"colour\":\"red\"} |                                   invalid-request | colour",
        "amount a string        | {\"sku\":\"MUG-1\",\"title\":\"t\",\"category\":\"k\",\"prices\":{\"EUR\":{\"amount\":\"12\",\"currency\":\"EUR\"}}} | invalid-request | prices.EUR.amount",
        "amount a fraction      | {\"sku\":\"MUG-1\",\"title\":\"t\",\"category\":\"k\",\"prices\":{\"EUR\":{\"amount\":12.5,\"currency\":\"EUR\"}}} | invalid-request | prices.EUR.amount",
        "images not an array    | {\"sku\":\"MUG-1\",\"title\":\"t\",\"category\":\"k\",\"images\":\"x\",\"prices\":{}} | invalid-request | images",
        "missing title          | {\"sku\":\"MUG-1\",\"category\":\"kitchen\",\"prices\":{\"EUR\":{\"amount\":1,\"currency\":\"EUR\"}}} | invalid-request | title",
        "missing amount         | {\"sku\":\"MUG-1\",\"title\":\"t\",\"category\":\"k\",\"prices\":{\"EUR\":{\"currency\":\"EUR\"}}} | invalid-request | prices.EUR.amount",
        "key differs currency   | {\"sku\":\"MUG-1\",\"title\":\"t\",\"category\":\"k\",\"prices\":{\"EUR\":{\"amount\":1,\"currency\":\"USD\"}}} | invalid-request | prices.EUR.currency",
        "unknown currency       | {\"sku\":\"MUG-1\",\"title\":\"t\",\"category\":\"k\",\"prices\":{\"XYZ\":{\"amount\":1,\"currency\":\"XYZ\"}}} | invalid-request | prices.XYZ.currency",
        "sku differs from path  | {\"sku\":\"MUG-2\",\"title\":\"t\",\"category\":\"kitchen\",\"prices\":{\"EUR\":{\"amount\":1,\"currency\":\"EUR\"}}} | invalid-request | sku",
    })
    void badBodyIsAProblemNamingTheField(String name, String json, String typeSlug, String field) {
        var response = put(FakeHttpRequest.put("/api/products/MUG-1", json), "MUG-1");

        var problem = assertProblem(response, 400, typeSlug);
        if (field != null) {
            assertThat(problem.path("violations").findValuesAsText("field")).contains(field);
        }
        assertThat(products.size()).isZero();
    }

    @Test
    void putWithWrongContentTypeIsUnsupported() {
        var request = FakeHttpRequest.put("/api/products/MUG-1", MUG).header("Content-Type", "text/plain");

        assertProblem(put(request, "MUG-1"), 415, "unsupported-media-type");
    }

    @Test
    void mergePatchChangesOnlyTheNamedFieldsAndRemovesNulls() {
        var current = products.store(mug("MUG-1"));
        var request = FakeHttpRequest.patch("/api/products/MUG-1",
                "{\"title\": \"Camp Mug\", \"attributes\": {\"colour\": null, \"size\": \"large\"}}")
                .header("If-Match", current.etag());

        var response = patch.run(request, "MUG-1", context());

        assertThat(response.getStatusCode()).isEqualTo(200);
        var stored = products.find(Sku.of("MUG-1")).orElseThrow().value();
        assertThat(stored.title()).isEqualTo("Camp Mug");
        assertThat(stored.attributes()).containsExactly(java.util.Map.entry("size", "large"));
        assertThat(stored.prices()).isEqualTo(mug("MUG-1").prices());
    }

    @Test
    void patchWithoutIfMatchIsPreconditionRequired() {
        products.store(mug("MUG-1"));

        assertProblem(patch.run(FakeHttpRequest.patch("/api/products/MUG-1", "{\"title\":\"x\"}"), "MUG-1", context()),
                428, "precondition-required");
    }

    @Test
    void patchWithStaleIfMatchIsPreconditionFailed() {
        var old = products.store(mug("MUG-1"));
        products.store(mug("MUG-1"));
        var request = FakeHttpRequest.patch("/api/products/MUG-1", "{\"title\":\"x\"}").header("If-Match", old.etag());

        assertProblem(patch.run(request, "MUG-1", context()), 412, "precondition-failed");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "sku changed       | {\"sku\":\"MUG-2\"}         | sku",
        "sku removed       | {\"sku\":null}              | sku",
        "title a number    | {\"title\":5}               | title",
        "title removed     | {\"title\":null}            | title",
        "unknown property  | {\"colour\":\"red\"}        | colour",
        "bad category      | {\"category\":\"Not A Slug\"} | category",
    })
    void badPatchIsAProblemNamingTheField(String name, String json, String field) {
        var current = products.store(mug("MUG-1"));
        var request = FakeHttpRequest.patch("/api/products/MUG-1", json).header("If-Match", current.etag());

        var problem = assertProblem(patch.run(request, "MUG-1", context()), 400, "invalid-request");

        assertThat(problem.path("violations").findValuesAsText("field")).contains(field);
        assertThat(products.find(Sku.of("MUG-1")).orElseThrow()).isEqualTo(current);
    }

    @Test
    void patchAcceptsPlainJsonButNotOtherMediaTypes() {
        var current = products.store(mug("MUG-1"));
        var json = FakeHttpRequest.patch("/api/products/MUG-1", "{\"title\":\"x\"}")
                .header("Content-Type", "application/json; charset=utf-8").header("If-Match", current.etag());
        var text = FakeHttpRequest.patch("/api/products/MUG-1", "{\"title\":\"x\"}")
                .header("Content-Type", "text/plain").header("If-Match", current.etag());

        assertThat(patch.run(json, "MUG-1", context()).getStatusCode()).isEqualTo(200);
        assertProblem(patch.run(text, "MUG-1", context()), 415, "unsupported-media-type");
    }

    @Test
    void malformedPatchIsMalformedJson() {
        var current = products.store(mug("MUG-1"));
        var request = FakeHttpRequest.patch("/api/products/MUG-1", "{title:").header("If-Match", current.etag());

        assertProblem(patch.run(request, "MUG-1", context()), 400, "malformed-json");
    }
}
