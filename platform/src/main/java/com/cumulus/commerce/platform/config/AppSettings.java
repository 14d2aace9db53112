package com.cumulus.commerce.platform.config;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * App settings as Azure Functions exposes them: environment variables. A local host may lay values over
 * the environment through system properties of the same name (devhost does, from local.settings.json).
 * Read once at start by a composition root; domain code receives typed settings records instead.
 */
public final class AppSettings {

    private final Map<String, String> values;

    private AppSettings(Map<String, String> values) {
        this.values = Map.copyOf(values);
    }

    public static AppSettings of(Map<String, String> values) {
        return new AppSettings(values);
    }

    /** The process environment, overlaid by system properties of the same names. */
    public static AppSettings fromEnvironment() {
        var merged = new TreeMap<String, String>(System.getenv());
        System.getProperties().forEach((k, v) -> merged.put(k.toString(), v.toString()));
        return new AppSettings(merged);
    }

    public Optional<String> get(String name) {
        return Optional.ofNullable(values.get(name)).filter(v -> !v.isBlank());
    }

    public String get(String name, String defaultValue) {
        return get(name).orElse(defaultValue);
    }

    public String require(String name) {
        return get(name).orElseThrow(() -> new IllegalStateException("app setting '" + name + "' is not set"));
    }

    public int getInt(String name, int defaultValue) {
        return get(name).map(v -> {
            try {
                return Integer.parseInt(v.trim());
            } catch (NumberFormatException e) {
                throw new IllegalStateException("app setting '" + name + "' must be an integer", e);
            }
        }).orElse(defaultValue);
    }

    public Map<String, String> asMap() {
        return values;
    }

    public AppSettings with(Map<String, String> overrides) {
        var merged = new TreeMap<>(values);
        merged.putAll(overrides);
        return new AppSettings(merged);
    }
}
