package com.cumulus.commerce.orders.model;

import com.cumulus.commerce.platform.kernel.Sku;
import com.cumulus.commerce.platform.kernel.Violation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A shopping cart. {@code ownerId} is the customer it belongs to, or empty for an anonymous session cart whose
 * id is the capability. {@code etag} is the stored version (null before the first save).
 */
public record Cart(CartId id, Optional<String> ownerId, List<CartLine> lines, String etag) {

    public static final int MAX_LINES = 50;

    public Cart {
        Objects.requireNonNull(id, "'id' must not be null");
        Objects.requireNonNull(ownerId, "'ownerId' must not be null");
        lines = List.copyOf(lines);
        if (lines.size() > MAX_LINES) {
            throw new IllegalArgumentException("'lines' must hold at most " + MAX_LINES + " lines");
        }
    }

    /** Whether {@code customerId} (null for an anonymous caller) may read and change this cart. */
    public boolean isVisibleTo(String customerId) {
        return ownerId.isEmpty() || ownerId.get().equals(customerId);
    }

    public Cart withLines(List<CartLine> newLines, String owner) {
        return new Cart(id, Optional.ofNullable(owner).or(() -> ownerId), newLines, etag);
    }

    public Cart emptied() {
        return new Cart(id, ownerId, List.of(), etag);
    }

    /**
     * Lines as a client sent them, checked and merged: a SKU listed twice becomes one line with the summed
     * quantity, which must still be within the quantity limits.
     */
    public static Lines readLines(List<RequestedLine> requested) {
        var violations = new ArrayList<Violation>();
        if (requested.size() > MAX_LINES) {
            violations.add(new Violation("lines", "must hold at most " + MAX_LINES + " lines"));
            return new Lines(List.of(), violations);
        }
        var merged = new LinkedHashMap<Sku, Integer>();
        for (int i = 0; i < requested.size(); i++) {
            var line = requested.get(i);
            var at = "lines[" + i + "]";
            if (line == null) {
                violations.add(new Violation(at, "must be an object"));
                continue;
            }
            if (!Sku.isValid(line.sku())) {
                violations.add(new Violation(at + ".sku", Sku.RULE));
            }
            if (line.quantity() == null || line.quantity() < CartLine.MIN_QUANTITY
                    || line.quantity() > CartLine.MAX_QUANTITY) {
                violations.add(new Violation(at + ".quantity", "must be an integer from " + CartLine.MIN_QUANTITY
                        + " to " + CartLine.MAX_QUANTITY));
            }
            if (violations.isEmpty()) {
                merged.merge(Sku.of(line.sku()), line.quantity(), Integer::sum);
            }
        }
        merged.forEach((sku, quantity) -> {
            if (quantity > CartLine.MAX_QUANTITY) {
                violations.add(new Violation("lines", "the quantities of " + sku + " add up to " + quantity
                        + ", more than " + CartLine.MAX_QUANTITY));
            }
        });
        if (!violations.isEmpty()) {
            return new Lines(List.of(), violations);
        }
        var lines = new ArrayList<CartLine>();
        merged.forEach((sku, quantity) -> lines.add(new CartLine(sku, quantity)));
        return new Lines(lines, List.of());
    }

    /** A line as sent, before any check. */
    public record RequestedLine(String sku, Integer quantity) {
    }

    /** The checked lines, or the violations that stop them being lines. */
    public record Lines(List<CartLine> lines, List<Violation> violations) {
        public Lines {
            lines = List.copyOf(lines);
            violations = List.copyOf(violations);
        }
    }
}
