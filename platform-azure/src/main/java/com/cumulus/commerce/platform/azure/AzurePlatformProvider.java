package com.cumulus.commerce.platform.azure;

import com.cumulus.commerce.platform.Platform;
import com.cumulus.commerce.platform.PlatformProvider;
import com.cumulus.commerce.platform.config.AppSettings;
import java.util.Objects;

/**
 * Opens the {@link AzurePlatform} for a Function App's settings. The Java worker loads an app once per
 * process, so the platform is opened once and its SDK clients (connection pools, AMQP links) are shared by
 * every invocation; a second open with the same settings answers the same platform.
 */
public final class AzurePlatformProvider implements PlatformProvider {

    private static AzurePlatform open;

    @Override
    public Platform open(AppSettings settings) {
        Objects.requireNonNull(settings, "'settings' must not be null");
        synchronized (AzurePlatformProvider.class) {
            if (open == null || open.isClosed() || !open.settings().equals(settings.asMap())) {
                open = new AzurePlatform(settings);
            }
            return open;
        }
    }

    @Override
    public String name() {
        return "azure";
    }
}
