package com.cumulus.commerce.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cumulus.commerce.orders.functions.CheckoutFunction;
import com.cumulus.commerce.orders.functions.OutboxRelayFunction;
import com.cumulus.commerce.platform.config.AppSettings;
import com.cumulus.commerce.platform.local.LocalPlatform;
import com.cumulus.commerce.platform.messaging.Topics;
import com.microsoft.azure.functions.spi.inject.FunctionInstanceInjector;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OrdersFunctionInjectorTest {

    @TempDir
    Path dataDir;

    private LocalPlatform platform;

    @AfterEach
    void close() {
        if (platform != null) {
            platform.close();
        }
    }

    private OrdersApp app() {
        platform = new LocalPlatform(dataDir, com.cumulus.commerce.platform.Clock.system());
        return new OrdersApp(platform, OrdersSettings.from(AppSettings.of(Map.of())));
    }

    @Test
    void appIsBuiltOnceStartedAndServesEveryFunction() {
        var builds = new AtomicInteger();
        var injector = new OrdersFunctionInjector(() -> {
            builds.incrementAndGet();
            return app();
        });

        assertThat(injector.getInstance(CheckoutFunction.class)).isNotNull();
        assertThat(injector.getInstance(OutboxRelayFunction.class)).isNotNull();
        assertThat(builds).hasValue(1);
        assertThat(platform.topics().subscriptions("order-events"))
                .contains("checkout-saga", "catalog-releases", "payments-voids");
        assertThat(platform.topics().subscriptions("payment-events")).contains("orders-refunds");
    }

    @Test
    void startingTwiceIsHarmless() {
        var app = app();
        app.start();
        app.start();

        assertThat(platform.queues().count(Topics.subscriptionPath("order-events", "checkout-saga"))).isZero();
    }

    @Test
    void unknownClassIsRefused() {
        var injector = new OrdersFunctionInjector(this::app);

        assertThatThrownBy(() -> injector.getInstance(String.class)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void injectorIsRegisteredForTheHost() {
        assertThat(ServiceLoader.load(FunctionInstanceInjector.class).stream().map(ServiceLoader.Provider::type))
                .containsExactly(OrdersFunctionInjector.class);
    }

    @Test
    void settingsDefaultAndRefuseNonsense() {
        assertThat(OrdersSettings.from(AppSettings.of(Map.of()))).isEqualTo(new OrdersSettings(
                "api://cumulus-orders", "commerce", "EUR", Optional.empty(), Duration.ofHours(24), Optional.empty(),
                "api://cumulus-catalog", "cumulus-orders", Optional.empty()));
        assertThat(OrdersSettings.from(AppSettings.of(Map.of("ORDERS_CLIENT_SECRET", "s3cret"))).toString())
                .doesNotContain("s3cret");
        assertThat(OrdersSettings.from(AppSettings.of(Map.of("CATALOG_API_BASE_URL", "http://127.0.0.1:7071/api")))
                .catalogApiBaseUrl()).hasValue("http://127.0.0.1:7071/api");
        assertThatThrownBy(() -> OrdersSettings.from(AppSettings.of(Map.of("ORDERS_IDEMPOTENCY_TTL_HOURS", "0"))))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> OrdersSettings.from(AppSettings.of(Map.of("CATALOG_API_BASE_URL", "ftp://x"))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> OrdersSettings.from(AppSettings.of(Map.of("ORDERS_DEFAULT_CURRENCY", "EURO"))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
