package com.cumulus.commerce.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ShopSettingsTest {

    private static final Path DATA = Path.of("/tmp/shop-data");

    @ShopTest
    private static final class Defaults {
    }

    @ShopTest(apps = "catalog", workflows = false, settings = "RATE_LIMIT_PER_IP_PER_MINUTE=10")
    private static final class CatalogAlone {
    }

    @ShopTest(sampleSettings = true)
    private static final class AsBinDevhost {
    }

    @ShopTest(settings = "RATE_LIMIT_PER_IP_PER_MINUTE=10", freshHost = true)
    private static final class Fresh {
    }

    @ShopTest(settings = "RATE_LIMIT_PER_IP_PER_MINUTE=10")
    private static final class SameAsFresh {
    }

    @Test
    void aSettingWithoutADefaultIsRefusedForItWouldOutliveTheHost() {
        var unknown = Map.of("NO_SUCH_SETTING", "x");

        assertThatThrownBy(() -> ShopSettings.of(DATA, 7000, List.of("catalog"), true, unknown))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NO_SUCH_SETTING");
    }

    @Test
    void theDefaultsRunEveryAppAndTheWorkflowsOnThisPortAndFolder() {
        var settings = ShopSettings.of(DATA, 7000, spec(Defaults.class));

        assertThat(settings).containsEntry("DEVHOST_PORT", "7000")
                .containsEntry("CATALOG_API_BASE_URL", "http://127.0.0.1:7000/api")
                .containsEntry("COMMERCE_DATA_DIR", DATA.toString())
                .containsEntry("DEVHOST_SCAN_PACKAGES",
                        "com.cumulus.commerce.catalog,com.cumulus.commerce.orders,com.cumulus.commerce.payments")
                .containsEntry("DEVHOST_WORKFLOWS_DIR", "logic-apps")
                .containsEntry("SAGA_PAYMENT_RESULT_TIMEOUT", ShopSettings.PAYMENT_RESULT_TIMEOUT);
    }

    @Test
    void aSuiteChoosesItsAppsTheWorkflowsAndItsSettings() {
        var settings = ShopSettings.of(DATA, 7000, spec(CatalogAlone.class));

        assertThat(settings).containsEntry("DEVHOST_SCAN_PACKAGES", "com.cumulus.commerce.catalog")
                .containsEntry("DEVHOST_WORKFLOWS_DIR", DATA.resolve("no-workflows").toString())
                .containsEntry("RATE_LIMIT_PER_IP_PER_MINUTE", "10");
    }

    @Test
    void theSampleSettingsAreBinDevhostsButTheWiringStaysTheFixtures() {
        var sample = ShopSettings.sample();
        var settings = ShopSettings.of(DATA, 7000, spec(AsBinDevhost.class));

        assertThat(settings).containsEntry("RATE_LIMIT_PER_IP_PER_MINUTE", sample.get("RATE_LIMIT_PER_IP_PER_MINUTE"))
                .containsEntry("SAGA_PAYMENT_RESULT_TIMEOUT", sample.get("SAGA_PAYMENT_RESULT_TIMEOUT"))
                .containsEntry("DEVHOST_PORT", "7000")
                .containsEntry("DEVHOST_OIDC_PORT", "0");
        assertThat(sample.get("DEVHOST_OIDC_PORT")).isNotEqualTo("0");
    }

    @Test
    void classesShareAHostWhenTheyAskForTheSameShopWhateverTheirFreshness() {
        assertThat(ShopHostExtension.sharingKey(spec(Fresh.class)))
                .isEqualTo(ShopHostExtension.sharingKey(spec(SameAsFresh.class)))
                .isNotEqualTo(ShopHostExtension.sharingKey(spec(Defaults.class)));
        assertThat(ShopHostExtension.sharingKey(spec(AsBinDevhost.class)))
                .isNotEqualTo(ShopHostExtension.sharingKey(spec(Defaults.class)));
    }

    private static ShopTest spec(Class<?> type) {
        return ShopHostExtension.spec(type);
    }
}
