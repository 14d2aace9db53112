package com.cumulus.commerce.devhost;

import static org.assertj.core.api.Assertions.assertThat;

import com.cumulus.commerce.platform.PlatformProvider;
import com.cumulus.commerce.platform.local.LocalPlatformProvider;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

/**
 * devhost embeds the apps' jars but not their Azure platform: each app declares platform-azure optional, so it is
 * packaged into the app's lib/ for Azure and never reaches devhost's class path.
 */
class DevHostPlatformTest {

    @Test
    void theOnlyPlatformOnDevhostsClassPathIsTheLocalOne() {
        assertThat(ServiceLoader.load(PlatformProvider.class).stream().map(ServiceLoader.Provider::type))
                .containsExactly(LocalPlatformProvider.class);
    }

    @Test
    void noAzurePlatformClassIsOnDevhostsClassPath() {
        assertThat(getClass().getClassLoader().getResource("com/cumulus/commerce/platform/azure/AzurePlatform.class"))
                .isNull();
    }
}
