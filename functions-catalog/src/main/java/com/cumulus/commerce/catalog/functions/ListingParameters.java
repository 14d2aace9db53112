package com.cumulus.commerce.catalog.functions;

import com.cumulus.commerce.catalog.application.ListingSearch;
import com.cumulus.commerce.catalog.application.ListingSort;
import com.cumulus.commerce.platform.http.Problem;
import com.cumulus.commerce.platform.http.Problems;
import com.cumulus.commerce.platform.kernel.Checked;
import java.util.Arrays;
import java.util.Currency;
import java.util.Map;
import java.util.regex.Pattern;

/** Reads {@code GET products} query parameters; parameters it does not know (e.g. {@code code}) are ignored. */
final class ListingParameters {

    private static final Pattern CATEGORY = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
    private static final int MAX_TEXT = 100;

    private ListingParameters() {
    }

    static Checked<ListingSearch, Problem> parse(Map<String, String> parameters, String defaultCurrency) {
        try {
            var category = blankToNull(parameters.get("category"));
            if (category != null && !CATEGORY.matcher(category).matches()) {
                throw new BadParameter("category must be a slug of lower-case letters, digits and hyphens");
            }
            var text = blankToNull(parameters.get("q"));
            if (text != null && text.length() > MAX_TEXT) {
                throw new BadParameter("q must be at most " + MAX_TEXT + " characters");
            }
            var currency = currency(blankToNull(parameters.get("currency")), defaultCurrency);
            var minPrice = price(parameters, "minPrice");
            var maxPrice = price(parameters, "maxPrice");
            if (minPrice != null && maxPrice != null && minPrice > maxPrice) {
                throw new BadParameter("minPrice must not exceed maxPrice");
            }
            var sortParameter = blankToNull(parameters.get("sort"));
            var sort = sortParameter == null ? ListingSort.SKU : ListingSort.fromParameter(sortParameter)
                    .orElseThrow(() -> new BadParameter("sort must be one of " + String.join(", ",
                            Arrays.stream(ListingSort.values()).map(ListingSort::parameter).toList())));
            var limit = limit(blankToNull(parameters.get("limit")));
            var token = blankToNull(parameters.get("continuationToken"));
            return Checked.valid(new ListingSearch(category, text, minPrice, maxPrice, currency, sort, limit, token));
        } catch (BadParameter e) {
            return Checked.refused(Problems.invalidRequest(e.getMessage()));
        }
    }

    private static String currency(String value, String defaultCurrency) {
        if (value == null) {
            return defaultCurrency;
        }
        if (!CURRENCY.matcher(value).matches()) {
            throw new BadParameter("currency must be an ISO 4217 code such as EUR");
        }
        try {
            return Currency.getInstance(value).getCurrencyCode();
        } catch (IllegalArgumentException e) {
            throw new BadParameter("currency must be an ISO 4217 code such as EUR");
        }
    }

    private static Long price(Map<String, String> parameters, String name) {
        var value = blankToNull(parameters.get(name));
        if (value == null) {
            return null;
        }
        try {
            long price = Long.parseLong(value);
            if (price < 0) {
                throw new BadParameter(name + " must not be negative");
            }
            return price;
        } catch (NumberFormatException e) {
            throw new BadParameter(name + " must be an integer amount in minor units (cents)");
        }
    }

    private static int limit(String value) {
        if (value == null) {
            return ListingSearch.DEFAULT_LIMIT;
        }
        try {
            int limit = Integer.parseInt(value);
            if (limit >= 1 && limit <= ListingSearch.MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // falls through to the same message as an out-of-range number
        }
        throw new BadParameter("limit must be an integer between 1 and " + ListingSearch.MAX_LIMIT);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** Unwinds parsing at the first bad parameter; never leaves this class. */
    private static final class BadParameter extends RuntimeException {
        BadParameter(String message) {
            super(message, null, false, false);
        }
    }
}
