package com.cumulus.commerce.orders.adapters;

import static org.assertj.core.api.Assertions.assertThat;

import com.cumulus.commerce.orders.model.Cart;
import com.cumulus.commerce.orders.model.CartId;
import com.cumulus.commerce.orders.model.CartLine;
import com.cumulus.commerce.platform.Clock;
import com.cumulus.commerce.platform.kernel.Sku;
import com.cumulus.commerce.platform.local.LocalPlatform;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A cart's entity keeps the shape it had before the model held typed ids: SKUs as plain strings. */
class TableCartsTest {

    @TempDir
    Path dataDir;

    @Test
    void linesAreStoredWithPlainSkusAndReadBackAsSkus() {
        try (var platform = new LocalPlatform(dataDir, Clock.system())) {
            var carts = OrdersAdapters.carts(platform);
            var id = CartId.of("cart_0123456789abcdef0123456789abcdef");
            var cart = new Cart(id, Optional.of("alice"), List.of(new CartLine(Sku.of("85123A"), 2)), null);

            var created = carts.create(cart).orElseThrow();

            var stored = platform.tables().get(TableCarts.TABLE, id.value(), "cart").orElseThrow();
            assertThat(stored.properties().get("lines")).isEqualTo("[{\"sku\":\"85123A\",\"quantity\":2}]");
            assertThat(carts.find(id).orElseThrow().lines()).isEqualTo(created.lines())
                    .containsExactly(new CartLine(Sku.of("85123A"), 2));
        }
    }
}
