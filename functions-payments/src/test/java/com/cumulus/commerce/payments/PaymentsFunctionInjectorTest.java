package com.cumulus.commerce.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cumulus.commerce.payments.functions.GetPaymentFunction;
import com.cumulus.commerce.payments.functions.PaymentEventsRelayFunction;
import com.cumulus.commerce.platform.Clock;
import com.cumulus.commerce.platform.config.AppSettings;
import com.cumulus.commerce.platform.local.LocalPlatform;
import com.microsoft.azure.functions.internal.spi.middleware.Middleware;
import com.microsoft.azure.functions.spi.inject.FunctionInstanceInjector;
import java.nio.file.Path;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PaymentsFunctionInjectorTest {

    @TempDir
    Path dataDir;

    @Test
    void appIsBuiltOnceServesEveryFunctionAndCreatesTheWebhookSecret() {
        try (var platform = new LocalPlatform(dataDir, Clock.system())) {
            var builds = new AtomicInteger();
            var injector = new PaymentsFunctionInjector(() -> {
                builds.incrementAndGet();
                return new PaymentsApp(platform, PaymentsSettings.from(AppSettings.of(Map.of())), () -> "");
            });

            assertThat(injector.getInstance(GetPaymentFunction.class)).isNotNull();
            assertThat(injector.getInstance(PaymentEventsRelayFunction.class)).isNotNull();
            assertThat(builds).hasValue(1);
            assertThat(platform.secrets().get("payments-webhook-secret")).isPresent();
            assertThat(platform.topics().subscriptions("payment-events")).contains("orders-refunds");
            assertThatThrownBy(() -> injector.getInstance(String.class)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void webhookEndpointComesFromTheUrlOrElseTheLateApiBaseUrl() {
        var explicit = PaymentsSettings.from(AppSettings.of(Map.of("PAYMENTS_WEBHOOK_URL", "http://psp.test/hook")));
        var derived = PaymentsSettings.from(AppSettings.of(Map.of()));

        assertThat(PaymentsApp.webhookEndpoint(explicit, () -> "http://unused")).hasToString("http://psp.test/hook");
        assertThat(PaymentsApp.webhookEndpoint(derived, () -> "http://127.0.0.1:9999/api/"))
                .hasToString("http://127.0.0.1:9999/api/webhooks/payments");
        assertThatThrownBy(() -> PaymentsApp.webhookEndpoint(derived, () -> ""))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void injectorAndGuardAreRegisteredForTheHost() {
        assertThat(ServiceLoader.load(FunctionInstanceInjector.class).stream().map(ServiceLoader.Provider::type))
                .contains(PaymentsFunctionInjector.class);
        assertThat(ServiceLoader.load(Middleware.class).stream().map(p -> p.type().getName()))
                .contains("com.cumulus.commerce.payments.functions.PaymentsHttpGuard");
    }

    @Test
    void settingsDefaultAsTheSampleSaysAndRefuseAnUnknownGateway() {
        var settings = PaymentsSettings.from(AppSettings.of(Map.of()));

        assertThat(settings.serviceAudience()).isEqualTo("api://cumulus-payments");
        assertThat(settings.refundApprovalThreshold()).isEqualTo(10_000);
        assertThat(settings.pspTimeout().toMillis()).isEqualTo(2000);
        assertThat(settings.webhookTolerance().toSeconds()).isEqualTo(300);
        assertThatThrownBy(() -> PaymentsSettings.from(AppSettings.of(Map.of("PAYMENTS_GATEWAY", "stripe"))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
