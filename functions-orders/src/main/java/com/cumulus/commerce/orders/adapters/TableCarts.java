package com.cumulus.commerce.orders.adapters;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.cumulus.commerce.platform.http.TypedIds;
import com.cumulus.commerce.orders.model.CartId;
import com.cumulus.commerce.platform.documents.PreconditionFailedException;
import com.cumulus.commerce.platform.documents.NotFoundException;
import com.cumulus.commerce.platform.documents.ConflictException;
import com.cumulus.commerce.orders.application.Carts;
import com.cumulus.commerce.orders.model.Cart;
import com.cumulus.commerce.orders.model.CartLine;
import com.cumulus.commerce.platform.Clock;
import com.cumulus.commerce.platform.http.Json;
import com.cumulus.commerce.platform.tables.KeyValueTables;
import com.cumulus.commerce.platform.tables.TableEntity;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Carts in the {@code carts} table: one entity per cart (partition = cart id), lines as a JSON property. */
final class TableCarts implements Carts {

    static final String TABLE = "carts";
    private static final String ROW = "cart";
    private static final TypeReference<List<CartLine>> LINES = new TypeReference<>() {
    };
    /** Lines stored as {@code [{"sku": "...", "quantity": n}]}, the SKU a plain string. */
    private static final ObjectMapper LINES_JSON = Json.mapper().copy().registerModule(new TypedIds());

    private final KeyValueTables tables;
    private final Clock clock;

    TableCarts(KeyValueTables tables, Clock clock) {
        this.tables = tables;
        this.clock = clock;
    }

    @Override
    public Optional<Cart> find(CartId cartId) {
        return tables.get(TABLE, cartId.value(), ROW).map(TableCarts::toCart);
    }

    @Override
    public Optional<Cart> create(Cart cart) {
        try {
            return Optional.of(toCart(tables.insert(TABLE, toEntity(cart))));
        } catch (ConflictException e) {
            return Optional.empty();
        }
    }

    @Override
    public Optional<Cart> replace(Cart cart) {
        try {
            return Optional.of(toCart(tables.replace(TABLE, toEntity(cart), cart.etag())));
        } catch (PreconditionFailedException | NotFoundException e) {
            return Optional.empty();
        }
    }

    private TableEntity toEntity(Cart cart) {
        return TableEntity.of(cart.id().value(), ROW, Map.of(
                "ownerId", cart.ownerId().orElse(""),
                "lines", write(cart.lines()),
                "updatedAt", clock.now().toString()));
    }

    private static Cart toCart(TableEntity entity) {
        var owner = String.valueOf(entity.properties().getOrDefault("ownerId", ""));
        try {
            var lines = LINES_JSON.readValue(String.valueOf(entity.properties().get("lines")), LINES);
            return new Cart(CartId.of(entity.partitionKey()), Optional.of(owner).filter(o -> !o.isEmpty()), lines,
                    entity.etag());
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cart " + entity.partitionKey() + " is not readable", e);
        }
    }

    private static String write(List<CartLine> lines) {
        try {
            return LINES_JSON.writeValueAsString(lines);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
