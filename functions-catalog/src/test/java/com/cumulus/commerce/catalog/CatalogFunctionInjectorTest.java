package com.cumulus.commerce.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.cumulus.commerce.catalog.functions.GetProductFunction;
import com.cumulus.commerce.catalog.functions.ProductChangeFeedFunction;
import com.cumulus.commerce.platform.Platform;
import com.cumulus.commerce.platform.config.AppSettings;
import com.cumulus.commerce.platform.documents.DocumentContainer;
import com.cumulus.commerce.platform.tables.KeyValueTables;
import com.microsoft.azure.functions.spi.inject.FunctionInstanceInjector;
import java.time.Duration;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CatalogFunctionInjectorTest {

    private static CatalogApp app() {
        var platform = mock(Platform.class);
        when(platform.documents()).thenReturn(name -> mock(DocumentContainer.class));
        when(platform.clock()).thenReturn(com.cumulus.commerce.platform.Clock.system());
        when(platform.tables()).thenReturn(mock(KeyValueTables.class));
        when(platform.instance()).thenReturn(com.cumulus.commerce.platform.ProcessInstance.started(false));
        return new CatalogApp(platform, CatalogSettings.from(AppSettings.of(Map.of())));
    }

    @Test
    void appIsBuiltOnceAndServesEveryFunction() throws Exception {
        var builds = new AtomicInteger();
        var injector = new CatalogFunctionInjector(() -> {
            builds.incrementAndGet();
            return app();
        });

        assertThat(injector.getInstance(GetProductFunction.class)).isNotNull();
        assertThat(injector.getInstance(ProductChangeFeedFunction.class)).isNotNull();
        assertThat(builds).hasValue(1);
    }

    @Test
    void unknownClassIsRefused() {
        var injector = new CatalogFunctionInjector(CatalogFunctionInjectorTest::app);

        assertThatThrownBy(() -> injector.getInstance(String.class)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void injectorIsRegisteredForTheHost() {
        assertThat(ServiceLoader.load(FunctionInstanceInjector.class).stream().map(ServiceLoader.Provider::type))
                .containsExactly(CatalogFunctionInjector.class);
    }

    @Test
    void settingsDefaultAndRefuseNonsense() {
        assertThat(CatalogSettings.from(AppSettings.of(Map.of())))
                .isEqualTo(new CatalogSettings("commerce", false, "EUR"));
        assertThat(CatalogSettings.from(AppSettings.of(Map.of("CATALOG_SEED_DEMO", "TRUE"))).seedDemo()).isTrue();
        assertThatThrownBy(() -> CatalogSettings.from(AppSettings.of(Map.of("CATALOG_SEED_DEMO", "yes"))))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void reservationTtlDefaultsToFifteenMinutesAndRefusesNonsense() {
        assertThat(CatalogSettings.from(AppSettings.of(Map.of())).reservationTtl()).isEqualTo(Duration.ofSeconds(900));
        assertThat(CatalogSettings.from(AppSettings.of(Map.of("CATALOG_RESERVATION_TTL_SECONDS", "60")))
                .reservationTtl()).isEqualTo(Duration.ofMinutes(1));
        for (var bad : new String[] {"0", "-5", "abc", "86401"}) {
            assertThatThrownBy(() -> CatalogSettings.from(AppSettings.of(Map.of("CATALOG_RESERVATION_TTL_SECONDS", bad))))
                    .as(bad).isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void sweepScheduleDefaultsToEveryMinuteAndMustBeSixFields() {
        assertThat(CatalogSettings.from(AppSettings.of(Map.of())).reservationSweepSchedule()).isEqualTo("0 */1 * * * *");
        assertThat(CatalogSettings.from(AppSettings.of(Map.of("CATALOG_RESERVATION_SWEEP_SCHEDULE", "*/10 * * * * *")))
                .reservationSweepSchedule()).isEqualTo("*/10 * * * * *");
        assertThatThrownBy(() -> CatalogSettings.from(AppSettings.of(
                Map.of("CATALOG_RESERVATION_SWEEP_SCHEDULE", "*/5 * * * *"))))
                .isInstanceOf(IllegalStateException.class);
    }
}
