package com.cumulus.commerce.platform.azure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cumulus.commerce.platform.Platforms;
import com.cumulus.commerce.platform.config.AppSettings;
import com.cumulus.commerce.platform.local.LocalPlatform;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** This module's tests have both providers on the class path, as a tool that uses both does. */
class PlatformsChoiceTest {

    @TempDir
    Path dataDir;

    @Test
    void withBothProvidersTheSettingChoosesAndWithoutItTheErrorNamesThem() {
        assertThatThrownBy(() -> Platforms.open(AppSettings.of(Map.of())))
                .hasMessageContaining("found 2 [").hasMessageContaining("local").hasMessageContaining("azure")
                .hasMessageContaining("COMMERCE_PLATFORM");

        try (var local = Platforms.open(AppSettings.of(Map.of("COMMERCE_PLATFORM", "local",
                "COMMERCE_DATA_DIR", dataDir.toString())))) {
            assertThat(local).isInstanceOf(LocalPlatform.class);
        }
        try (var azure = Platforms.open(AppSettings.of(Map.of("COMMERCE_PLATFORM", "azure")))) {
            assertThat(azure).isInstanceOf(AzurePlatform.class);
        }
        assertThatThrownBy(() -> Platforms.open(AppSettings.of(Map.of("COMMERCE_PLATFORM", "elsewhere"))))
                .hasMessageContaining("'elsewhere'").hasMessageContaining("[");
    }
}
