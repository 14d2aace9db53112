package com.cumulus.commerce.catalog.functions;

import com.cumulus.commerce.catalog.application.LookUpPrices;
import com.cumulus.commerce.functions.support.Answer;
import com.cumulus.commerce.functions.support.HttpRoute;
import com.cumulus.commerce.functions.support.RequestParts;
import com.cumulus.commerce.platform.http.Problem;
import com.cumulus.commerce.platform.http.Problems;
import com.cumulus.commerce.platform.identity.Access;
import com.cumulus.commerce.platform.identity.AccessPolicy;
import com.cumulus.commerce.platform.kernel.Checked;
import com.cumulus.commerce.platform.kernel.Sku;
import com.cumulus.commerce.platform.money.Money;
import com.microsoft.azure.functions.ExecutionContext;
import com.microsoft.azure.functions.HttpMethod;
import com.microsoft.azure.functions.HttpRequestMessage;
import com.microsoft.azure.functions.HttpResponseMessage;
import com.microsoft.azure.functions.annotation.AuthorizationLevel;
import com.microsoft.azure.functions.annotation.FunctionName;
import com.microsoft.azure.functions.annotation.HttpTrigger;
import java.util.ArrayList;
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
        return HttpRoute.of(request, context)
                .read(RequestParts.query(LookUpPricesFunction::skus))
                .answer(skus -> {
                    var found = lookUpPrices.lookUp(skus);
                    var items = found.products().stream()
                            .map(product -> new PricedSku(product.sku(), product.prices())).toList();
                    return Answer.ok(new PriceLookupAnswer(items,
                            found.unknown().stream().map(Sku::value).toList()));
                });
    }

    /** {@code skus}: 1 to 100 valid SKUs separated by commas. */
    static Checked<List<Sku>, Problem> skus(Map<String, String> parameters) {
        var text = parameters.get("skus");
        if (text == null || text.isEmpty()) {
            return Checked.refused(Problems.invalid("skus", "is required: SKUs separated by commas"));
        }
        var parts = text.split(",", -1);
        if (parts.length > LookUpPrices.MAX_SKUS) {
            return Checked.refused(Problems.invalid("skus", "must name at most " + LookUpPrices.MAX_SKUS + " SKUs"));
        }
        var skus = new ArrayList<Sku>();
        for (var part : parts) {
            if (!Sku.isValid(part)) {
                return Checked.refused(Problems.invalid("skus", "each SKU " + Sku.RULE));
            }
            skus.add(Sku.of(part));
        }
        return Checked.valid(skus);
    }

    record PricedSku(String sku, Map<String, Money> prices) {
    }

    record PriceLookupAnswer(List<PricedSku> items, List<String> unknown) {
    }
}
