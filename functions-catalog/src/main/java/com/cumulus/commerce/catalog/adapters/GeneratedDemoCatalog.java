package com.cumulus.commerce.catalog.adapters;

import com.cumulus.commerce.catalog.application.DemoCatalog;
import com.cumulus.commerce.catalog.application.DemoItem;
import com.cumulus.commerce.catalog.model.Product;
import com.cumulus.commerce.platform.money.Money;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The demo catalog: real SKUs and GBP prices from a public retail data set (see the resource README), with
 * titles, descriptions and attributes made up from word lists. The data set has no descriptions, and every
 * made-up value comes from a Random seeded by the SKU, so every start builds the same catalog.
 */
final class GeneratedDemoCatalog implements DemoCatalog {

    static final String RESOURCE = "/demo-catalog/items.csv";
    private static final BigDecimal EUR_PER_GBP = new BigDecimal("1.17");
    private static final BigDecimal USD_PER_GBP = new BigDecimal("1.27");

    private static final List<String> CATEGORIES = List.of(
            "home-decor", "kitchen", "gifts", "stationery", "garden", "lighting", "party", "bags");
    private static final Map<String, List<String>> NOUNS = Map.of(
            "home-decor", List.of("Cushion Cover", "Photo Frame", "Wall Clock", "Doorstop", "Vase", "Mirror"),
            "kitchen", List.of("Tea Towel", "Cake Tin", "Mug", "Jam Jar", "Lunch Box", "Egg Cup"),
            "gifts", List.of("Gift Box", "Keyring", "Trinket Pot", "Music Box", "Snow Globe", "Bookmark"),
            "stationery", List.of("Notebook", "Pencil Set", "Gift Wrap", "Greeting Card", "Sticker Sheet", "Diary"),
            "garden", List.of("Bird Feeder", "Plant Pot", "Watering Can", "Garden Sign", "Wind Chime", "Trowel"),
            "lighting", List.of("Candle Holder", "Lantern", "Light Garland", "Tea Light Set", "Night Light", "Lamp"),
            "party", List.of("Bunting", "Paper Cup Set", "Party Bag", "Napkin Pack", "Balloon Set", "Cake Stand"),
            "bags", List.of("Jumbo Bag", "Shopper", "Tote Bag", "Purse", "Wash Bag", "Picnic Bag"));
    private static final List<String> STYLES = List.of(
            "Vintage", "Regency", "Scandi", "Retro", "Rustic", "Botanical", "Heart", "Spotty", "Woodland", "Paisley");
    private static final List<String> COLOURS = List.of(
            "Red", "Pink", "Ivory", "Sage", "Blue", "Cream", "Gold", "Black", "Lilac", "Teal");
    private static final List<String> MATERIALS = List.of(
            "Ceramic", "Cotton", "Enamel", "Glass", "Tin", "Wood", "Paper", "Jute", "Zinc", "Felt");
    private static final List<String> SIZES = List.of("small", "medium", "large");
    private static final List<String> OPENINGS = List.of(
            "A best seller in our shop since the first winter.",
            "Designed in our studio and made in small batches.",
            "A cheerful favourite that customers come back for.",
            "Made to be used every day and to last for years.",
            "The kind of thing you buy one of and then want three.");
    private static final List<String> CLOSINGS = List.of(
            "Wipe clean with a damp cloth.",
            "Arrives gift-ready in a recycled paper sleeve.",
            "Pairs well with the rest of the collection.",
            "Colours may vary slightly from batch to batch.",
            "Not suitable for children under 3.");

    private final String resource;

    GeneratedDemoCatalog(String resource) {
        this.resource = resource;
    }

    @Override
    public List<DemoItem> items() {
        var items = new ArrayList<DemoItem>();
        for (var row : readRows()) {
            items.add(item(row[0], new BigDecimal(row[1])));
        }
        return List.copyOf(items);
    }

    static DemoItem item(String sku, BigDecimal priceGbp) {
        var random = new Random(sku.hashCode());
        var category = pick(random, CATEGORIES);
        var noun = pick(random, NOUNS.get(category));
        var style = pick(random, STYLES);
        var colour = pick(random, COLOURS);
        var material = pick(random, MATERIALS);
        var size = pick(random, SIZES);
        var title = style + " " + colour + " " + material + " " + noun;
        var description = pick(random, OPENINGS) + " A " + size + " " + material.toLowerCase() + " "
                + noun.toLowerCase() + " in " + colour.toLowerCase() + " with a " + style.toLowerCase()
                + " pattern. " + pick(random, CLOSINGS);
        var attributes = new LinkedHashMap<String, String>();
        attributes.put("colour", colour.toLowerCase());
        attributes.put("material", material.toLowerCase());
        attributes.put("size", size);
        var prices = new LinkedHashMap<String, Money>();
        prices.put("EUR", minorUnits(priceGbp.multiply(EUR_PER_GBP), "EUR"));
        prices.put("GBP", minorUnits(priceGbp, "GBP"));
        prices.put("USD", minorUnits(priceGbp.multiply(USD_PER_GBP), "USD"));
        var images = List.of("https://images.cumulus-commerce.dev/products/" + sku + "/1.jpg");
        var product = new Product(sku, title, description, category, attributes, images, prices);
        long onHand = random.nextInt(10) == 0 ? 0 : 5 + random.nextInt(200);
        return new DemoItem(product, onHand);
    }

    private List<String[]> readRows() {
        var stream = GeneratedDemoCatalog.class.getResourceAsStream(resource);
        if (stream == null) {
            throw new IllegalStateException("demo catalog resource " + resource + " is missing");
        }
        try (var reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            var rows = new ArrayList<String[]>();
            var header = reader.readLine();
            if (!"sku,price_gbp".equals(header)) {
                throw new IllegalStateException("demo catalog resource " + resource + " has header " + header);
            }
            for (var line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    rows.add(line.split(",", -1));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Money minorUnits(BigDecimal major, String currency) {
        return Money.of(major.movePointRight(2).setScale(0, RoundingMode.HALF_UP).longValueExact(), currency);
    }

    private static String pick(Random random, List<String> words) {
        return words.get(random.nextInt(words.size()));
    }
}
