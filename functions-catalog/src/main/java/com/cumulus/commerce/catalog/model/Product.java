package com.cumulus.commerce.catalog.model;

import com.cumulus.commerce.platform.kernel.Violation;
import com.cumulus.commerce.platform.kernel.Sku;
import com.cumulus.commerce.platform.money.Money;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A product as sold. A product may be proposed that breaks the catalog's rules (it comes from a request);
 * {@link #violations()} says which, and the use cases refuse to store one that has any.
 */
public record Product(String sku, String title, String description, String category,
                      Map<String, String> attributes, List<String> images, Map<String, Money> prices) {

    public static final int MAX_TITLE = 200;
    public static final int MAX_DESCRIPTION = 5000;
    private static final Pattern CATEGORY = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final int MAX_CATEGORY = 64;
    private static final int MAX_ATTRIBUTES = 50;
    private static final int MAX_ATTRIBUTE_NAME = 64;
    private static final int MAX_ATTRIBUTE_VALUE = 500;
    private static final int MAX_IMAGES = 20;
    private static final Pattern IMAGE_URL = Pattern.compile("https?://[^\\s]{1,2040}");

    public Product {
        description = description == null ? "" : description;
        attributes = attributes == null ? Map.of() : immutableCopy(attributes);
        images = images == null ? List.of() : List.copyOf(images);
        prices = prices == null ? Map.of() : immutableCopy(prices);
    }

    /** The price in that currency, if the product is sold in it. */
    public Optional<Money> price(String currency) {
        return Optional.ofNullable(prices.get(currency));
    }

    /** Every rule this product breaks; empty when it may be stored. */
    public List<Violation> violations() {
        var found = new ArrayList<Violation>();
        if (sku == null) {
            found.add(new Violation("sku", "is required"));
        } else if (!Sku.isValid(sku)) {
            found.add(new Violation("sku", Sku.RULE));
        }
        if (title == null || title.isBlank()) {
            found.add(new Violation("title", "is required and must not be blank"));
        } else if (title.length() > MAX_TITLE) {
            found.add(new Violation("title", "must be at most " + MAX_TITLE + " characters"));
        }
        if (description.length() > MAX_DESCRIPTION) {
            found.add(new Violation("description", "must be at most " + MAX_DESCRIPTION + " characters"));
        }
        if (category == null || category.length() > MAX_CATEGORY || !CATEGORY.matcher(category).matches()) {
            found.add(new Violation("category", "is required: a slug of lower-case letters, digits and single hyphens, "
                    + "at most " + MAX_CATEGORY + " characters"));
        }
        checkAttributes(found);
        checkImages(found);
        checkPrices(found);
        return List.copyOf(found);
    }

    private void checkAttributes(List<Violation> found) {
        if (attributes.size() > MAX_ATTRIBUTES) {
            found.add(new Violation("attributes", "must have at most " + MAX_ATTRIBUTES + " entries"));
        }
        attributes.forEach((name, value) -> {
            if (name == null || name.isBlank() || name.length() > MAX_ATTRIBUTE_NAME) {
                found.add(new Violation("attributes", "names must be 1 to " + MAX_ATTRIBUTE_NAME + " characters"));
            } else if (value == null || value.length() > MAX_ATTRIBUTE_VALUE) {
                found.add(new Violation("attributes." + name,
                        "must be a string of at most " + MAX_ATTRIBUTE_VALUE + " characters"));
            }
        });
    }

    private void checkImages(List<Violation> found) {
        if (images.size() > MAX_IMAGES) {
            found.add(new Violation("images", "must have at most " + MAX_IMAGES + " entries"));
        }
        for (int i = 0; i < images.size(); i++) {
            var url = images.get(i);
            if (url == null || !IMAGE_URL.matcher(url).matches()) {
                found.add(new Violation("images[" + i + "]", "must be an absolute http or https URL"));
            }
        }
    }

    private void checkPrices(List<Violation> found) {
        if (prices.isEmpty()) {
            found.add(new Violation("prices", "is required: at least one price"));
        }
        prices.forEach((currency, money) -> {
            if (money == null) {
                found.add(new Violation("prices." + currency, "must not be null"));
            } else if (!money.currency().equals(currency)) {
                found.add(new Violation("prices." + currency + ".currency", "must equal its key " + currency));
            } else if (money.isNegative()) {
                found.add(new Violation("prices." + currency + ".amount", "must not be negative"));
            }
        });
    }

    /** Copies keeping the caller's order (JSON output stays stable) and tolerating values checked later. */
    private static <V> Map<String, V> immutableCopy(Map<String, V> source) {
        Objects.requireNonNull(source, "'source' must not be null");
        return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(source));
    }
}
