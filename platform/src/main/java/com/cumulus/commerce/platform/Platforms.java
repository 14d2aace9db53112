package com.cumulus.commerce.platform;

import com.cumulus.commerce.platform.config.AppSettings;
import java.util.ServiceLoader;

/** Finds the one {@link PlatformProvider} on the class path. */
public final class Platforms {

    private Platforms() {
    }

    public static Platform open(AppSettings settings) {
        var providers = ServiceLoader.load(PlatformProvider.class).stream().toList();
        if (providers.size() != 1) {
            throw new IllegalStateException(
                    "expected exactly one PlatformProvider on the class path, found " + providers.size());
        }
        return providers.get(0).get().open(settings);
    }
}
