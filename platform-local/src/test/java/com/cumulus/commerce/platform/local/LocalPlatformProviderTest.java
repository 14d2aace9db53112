package com.cumulus.commerce.platform.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.cumulus.commerce.platform.Platform;
import com.cumulus.commerce.platform.Platforms;
import com.cumulus.commerce.platform.config.AppSettings;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalPlatformProviderTest {

    @TempDir
    Path dataDir;

    private AppSettings settingsFor(Path dir) {
        return AppSettings.of(Map.of(LocalPlatformProvider.DATA_DIR, dir.toString()));
    }

    @Test
    void everyAppOnTheSameDataDirectoryGetsTheSamePlatform() {
        try (Platform first = new LocalPlatformProvider().open(settingsFor(dataDir))) {
            Platform second = new LocalPlatformProvider().open(settingsFor(dataDir.resolve("x/..")));

            assertThat(second).isSameAs(first);
            assertThat(((LocalPlatform) first).dataDir()).isEqualTo(dataDir.toAbsolutePath());
        }
    }

    @Test
    void anotherDataDirectoryGetsAnotherPlatform() {
        try (Platform first = new LocalPlatformProvider().open(settingsFor(dataDir.resolve("a")));
             Platform second = new LocalPlatformProvider().open(settingsFor(dataDir.resolve("b")))) {
            assertThat(second).isNotSameAs(first);
        }
    }

    @Test
    void openingAfterACloseGivesAFreshPlatformOnTheSameData() {
        Platform first = new LocalPlatformProvider().open(settingsFor(dataDir));
        first.documents().container("orders").create("c1", "o1", "{}");
        first.close();

        try (Platform reopened = new LocalPlatformProvider().open(settingsFor(dataDir))) {
            assertThat(reopened).isNotSameAs(first);
            assertThat(reopened.documents().container("orders").read("c1", "o1")).isPresent();
        }
    }

    @Test
    void theProviderIsFoundThroughTheServiceLoader() {
        try (Platform platform = Platforms.open(settingsFor(dataDir))) {
            assertThat(platform).isInstanceOf(LocalPlatform.class);
            assertThat(new LocalPlatformProvider().open(settingsFor(dataDir))).isSameAs(platform);
        }
    }
}
