package com.cumulus.commerce.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.cumulus.commerce.functions.support.testing.FakeHttpRequest;
import com.cumulus.commerce.functions.support.testing.PackagedAppContract;
import com.cumulus.commerce.platform.azure.EmulatorFixture;
import com.cumulus.commerce.platform.azure.Emulators;
import com.cumulus.commerce.platform.azure.cosmos.CosmosShim;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The orders app as {@code mvn package} stages it for Azure, loaded the way the Java worker loads it, on
 * platform-azure pointed at cosmosdb-server (documents), Azurite (tables) and redis-server (cache). Its start
 * creates its Service Bus topic subscriptions, and no Service Bus runs here (the emulator needs Docker), so this
 * proves the app is built on every other adapter and that its start gets as far as the Service Bus SDK: no further.
 */
class PackagedOrdersAppIT extends PackagedAppContract {

    private Emulators.Azurite azurite;
    private EmulatorFixture redis;

    @Override
    protected String injectorClass() {
        return OrdersFunctionInjector.class.getName();
    }

    @BeforeAll
    void startEmulators() {
        azurite = Emulators.azurite();
        redis = Emulators.redisServer(null);
        String database = "orders-boot-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, String> settings = new HashMap<>(CosmosShim.running().settings(database).asMap());
        settings.put("ORDERS_DATABASE", database);
        settings.put("AzureWebJobsStorage", azurite.connectionString());
        settings.put("RedisConnection", "127.0.0.1:" + redis.port(0) + ",ssl=false");
        // a namespace on loopback where nothing listens: the SDK's calls are refused at once
        settings.put("ServiceBusConnection", "Endpoint=sb://127.0.0.1/;SharedAccessKeyName=boot;SharedAccessKey="
                + Base64.getEncoder().encodeToString("not the key of any namespace".getBytes()));
        settings.put("IDENTITY_ISSUER", "https://login.example.test/cumulus/v2.0");
        startWith(settings);
    }

    @AfterAll
    void stopEmulators() {
        CosmosShim.stop();
        if (redis != null) {
            redis.close();
        }
        if (azurite != null) {
            azurite.close();
        }
    }

    @Test
    void anHttpCallPassesTheGuardThenBuildsTheAppAndItsStartReachesServiceBus() {
        Throwable failure = catchThrowable(() -> app.invokeHttp("GetCart",
                FakeHttpRequest.get("/api/carts/boot-cart-0000000000001"), Map.of("cartId", "boot-cart-0000000000001")));

        assertStartReachedServiceBus(failure);
    }

    @Test
    void aTriggerBuildsTheAppAndItsStartReachesServiceBus() {
        Throwable failure = catchThrowable(() -> app.invokeTrigger("OrdersPaymentRefunds", "{}"));

        assertStartReachedServiceBus(failure);
    }

    private static void assertStartReachedServiceBus(Throwable failure) {
        assertThat(failure).as("no Service Bus runs here, so the start cannot create its subscriptions").isNotNull();
        assertThat(frames(failure))
                .as("the app was built on its documents, tables, cache and topics adapters, then started")
                .contains("com.cumulus.commerce.orders.OrdersApp.start",
                        "com.cumulus.commerce.platform.azure.ServiceBusTopics.subscribe")
                .doesNotContain("com.cumulus.commerce.orders.OrdersApp.<init>");
    }
}
