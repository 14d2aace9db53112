package com.cumulus.commerce.platform.local;

import com.cumulus.commerce.platform.Clock;
import com.cumulus.commerce.platform.Platform;
import com.cumulus.commerce.platform.PlatformProvider;
import com.cumulus.commerce.platform.config.AppSettings;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Finds the {@link LocalPlatform} for the data directory in {@value #DATA_DIR} (default {@value #DEFAULT_DATA_DIR}).
 * One platform per directory per process: every app that devhost runs shares the same stores, and SQLite
 * sees one writer per file. The map is static because {@link java.util.ServiceLoader} makes a new provider
 * per lookup; a platform leaves it when closed, so opening again after a close starts afresh.
 */
public final class LocalPlatformProvider implements PlatformProvider {

    public static final String DATA_DIR = "COMMERCE_DATA_DIR";
    public static final String DEFAULT_DATA_DIR = ".data";

    private static final ConcurrentMap<Path, LocalPlatform> OPEN = new ConcurrentHashMap<>();

    @Override
    public Platform open(AppSettings settings) {
        Objects.requireNonNull(settings, "'settings' must not be null");
        Path dataDir = Path.of(settings.get(DATA_DIR, DEFAULT_DATA_DIR)).toAbsolutePath().normalize();
        return OPEN.computeIfAbsent(dataDir,
                dir -> new LocalPlatform(dir, Clock.system(), platform -> OPEN.remove(dir, platform)));
    }

    @Override
    public String name() {
        return "local";
    }
}
