package com.cumulus.commerce.platform;

import com.cumulus.commerce.platform.config.AppSettings;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

/**
 * Finds the {@link PlatformProvider} on the class path: the only one, as in a packaged Function App (Azure) or
 * devhost (local); where a tool has both, the setting {@value #PLATFORM} names the one to use.
 */
public final class Platforms {

    /** The provider to use when more than one is on the class path: {@code local} or {@code azure}. */
    public static final String PLATFORM = "COMMERCE_PLATFORM";

    private Platforms() {
    }

    public static Platform open(AppSettings settings) {
        var providers = ServiceLoader.load(PlatformProvider.class).stream().map(ServiceLoader.Provider::get).toList();
        var wanted = settings.get(PLATFORM);
        if (wanted.isPresent()) {
            return providers.stream().filter(provider -> provider.name().equals(wanted.get())).findFirst()
                    .orElseThrow(() -> new IllegalStateException("app setting '" + PLATFORM + "' names '"
                            + wanted.get() + "', but the class path has " + names(providers)))
                    .open(settings);
        }
        if (providers.size() != 1) {
            throw new IllegalStateException("expected exactly one PlatformProvider on the class path, found "
                    + providers.size() + " " + names(providers) + "; set '" + PLATFORM + "' to choose one");
        }
        return providers.get(0).open(settings);
    }

    private static String names(java.util.List<PlatformProvider> providers) {
        return providers.stream().map(PlatformProvider::name).collect(Collectors.joining(", ", "[", "]"));
    }
}
