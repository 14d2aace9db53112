package com.cumulus.commerce.platform;

import com.cumulus.commerce.platform.config.AppSettings;

/**
 * Service-provider interface ({@code META-INF/services}) through which a composition root finds the
 * platform adapters on its class path. A provider returns the same {@link Platform} for the same settings,
 * so every app in one process shares one set of stores.
 */
public interface PlatformProvider {

    Platform open(AppSettings settings);

    /** The name {@link Platforms#PLATFORM} chooses this provider by. */
    String name();
}
