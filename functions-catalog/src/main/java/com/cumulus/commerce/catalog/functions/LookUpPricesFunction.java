package com.cumulus.commerce.catalog.functions;

import com.cumulus.commerce.catalog.application.LookUpPrices;
import com.cumulus.commerce.catalog.model.Sku;
import com.cumulus.commerce.catalog.model.Violation;
import com.cumulus.commerce.platform.identity.Access;
import com.cumulus.commerce.platform.identity.AccessPolicy;
import com.cumulus.commerce.platform.money.Money;
import com.microsoft.azure.functions.ExecutionContext;
import com.microsoft.azure.functions.HttpMethod;
import com.microsoft.azure.functions.HttpRequestMessage;
import com.microsoft.azure.functions.HttpResponseMessage;
import com.microsoft.azure.functions.annotation.AuthorizationLevel;
import com.microsoft.azure.functions.annotation.FunctionName;
import com.microsoft.azure.functions.annotation.HttpTrigger;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code GET /api/products/prices/lookup?skus=A,B}: the current prices of up to 100 products in one call, for
 * the checkout (service token); SKUs the catalog does not have are listed under {@code unknown}.
 */
public final class LookUpPricesFunction {

    private final LookUpPrices lookUpPrices;

    public LookUpPricesFunction(LookUpPrices lookUpPrices) {
        this.lookUpPrices = Objects.requireNonNull(lookUpPrices, "'lookUpPrices' must not be null");
    }

    @Access(AccessPolicy.SERVICE)
    @FunctionName("LookUpPrices")
    public HttpResponseMessage run(
            @HttpTrigger(name = "request", methods = HttpMethod.GET, route = "products/prices/lookup",
                    authLevel = AuthorizationLevel.ANONYMOUS) HttpRequestMessage<Optional<String>> request,
            ExecutionContext context) {
        return HttpResults.guarded(request, context, () -> {
            var skus = HttpResults.query(request, "skus").map(value -> Arrays.asList(value.split(",", -1)))
                    .orElse(List.of());
            var refused = refusal(skus);
            if (refused.isPresent()) {
                return HttpResults.problem(request, HttpResults.invalid(List.of(refused.get())));
            }
            var found = lookUpPrices.lookUp(skus);
            var items = found.products().stream().map(product -> new PricedSku(product.sku(), product.prices()))
                    .toList();
            return HttpResults.json(request, 200, new Answer(items, found.unknown()));
        });
    }

    private static Optional<Violation> refusal(List<String> skus) {
        if (skus.isEmpty()) {
            return Optional.of(new Violation("skus", "is required: SKUs separated by commas"));
        }
        if (skus.size() > LookUpPrices.MAX_SKUS) {
            return Optional.of(new Violation("skus", "must name at most " + LookUpPrices.MAX_SKUS + " SKUs"));
        }
        var malformed = skus.stream().filter(sku -> !Sku.isValid(sku)).findFirst();
        return malformed.map(sku -> new Violation("skus", "each SKU " + Sku.rule()));
    }

    record PricedSku(String sku, Map<String, Money> prices) {
    }

    record Answer(List<PricedSku> items, List<String> unknown) {
    }
}
