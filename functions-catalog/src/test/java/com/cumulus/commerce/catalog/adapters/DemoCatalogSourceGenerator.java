package com.cumulus.commerce.catalog.adapters;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Makes {@code src/main/resources/demo-catalog/items.csv} from the Online Retail purchase sample: the most
 * purchased items (by units sold, ties by item id) and the median unit price each sold at. Run it again
 * only when the source sample changes:
 * {@code java DemoCatalogSourceGenerator <purchases.csv> <items.csv>}.
 */
final class DemoCatalogSourceGenerator {

    static final int ITEM_COUNT = 300;

    private DemoCatalogSourceGenerator() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: DemoCatalogSourceGenerator <purchases.csv> <items.csv>");
        }
        Files.writeString(Path.of(args[1]), generate(Path.of(args[0])), StandardCharsets.UTF_8);
    }

    static String generate(Path purchases) throws IOException {
        var units = new HashMap<String, Long>();
        var prices = new HashMap<String, List<BigDecimal>>();
        var lines = Files.readAllLines(purchases, StandardCharsets.UTF_8);
        if (!lines.get(0).equals("event_time,customer_id,item_id,invoice,quantity,unit_price,country")) {
            throw new IllegalArgumentException("unexpected header: " + lines.get(0));
        }
        for (var line : lines.subList(1, lines.size())) {
            var columns = line.split(",", -1);
            var item = columns[2];
            var quantity = Long.parseLong(columns[4]);
            var price = new BigDecimal(columns[5]);
            if (quantity > 0 && price.signum() > 0) {
                units.merge(item, quantity, Long::sum);
                prices.computeIfAbsent(item, key -> new ArrayList<>()).add(price);
            }
        }
        var ranked = units.entrySet().stream()
                .sorted(Comparator.<Map.Entry<String, Long>>comparingLong(Map.Entry::getValue).reversed()
                        .thenComparing(Map.Entry::getKey))
                .limit(ITEM_COUNT)
                .map(Map.Entry::getKey)
                .toList();
        var out = new StringBuilder("sku,price_gbp\n");
        for (var item : ranked) {
            out.append(item).append(',').append(median(prices.get(item)).toPlainString()).append('\n');
        }
        return out.toString();
    }

    static BigDecimal median(List<BigDecimal> values) {
        var sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        var median = sorted.size() % 2 == 1
                ? sorted.get(middle)
                : sorted.get(middle - 1).add(sorted.get(middle)).divide(BigDecimal.valueOf(2));
        return median.setScale(2, RoundingMode.HALF_UP);
    }
}
