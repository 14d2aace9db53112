package com.cumulus.commerce.systemtests;

import com.cumulus.commerce.platform.http.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The settings of a devhost running the shop for a test: every app, the workflows, the seeded demo catalog, short
 * saga time limits (so the timeout path ends within a test) and rate limits out of the way of the load a test
 * makes. devhost publishes its settings as JVM system properties, which outlive the host, so every setting a
 * suite may change has a default here and is set at every start: nothing leaks from the class that ran before.
 */
public final class ShopSettings {

    public static final String PAYMENT_RESULT_TIMEOUT = "PT6S";
    public static final String CATALOG_AUDIENCE = "api://cumulus-catalog";
    public static final String ORDERS_AUDIENCE = "api://cumulus-orders";
    public static final String PAYMENTS_AUDIENCE = "api://cumulus-payments";

    private static final Map<String, String> DEFAULTS = defaults();

    private ShopSettings() {
    }

    /** The settings for {@code spec}'s shop on this data folder and port. */
    public static Map<String, String> of(Path dataDir, int port, ShopTest spec) {
        var overrides = new TreeMap<String, String>();
        if (spec.sampleSettings()) {
            sample().forEach((name, value) -> {
                // devhost's own wiring (issuer port, invocation log) stays the fixture's: a fixed port could be taken
                if (DEFAULTS.containsKey(name) && !name.startsWith("DEVHOST_")) {
                    overrides.put(name, value);
                }
            });
        }
        overrides.putAll(parse(spec.settings()));
        return of(dataDir, port, List.of(spec.apps()), spec.workflows(), overrides);
    }

    /**
     * The defaults, then the apps, the workflows switch and {@code overrides}.
     *
     * @throws IllegalArgumentException for an override without a default: it would outlive this host
     */
    public static Map<String, String> of(Path dataDir, int port, List<String> apps, boolean workflows,
                                         Map<String, String> overrides) {
        var unknown = overrides.keySet().stream().filter(name -> !DEFAULTS.containsKey(name)).toList();
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("no default for " + unknown + ": add one to ShopSettings");
        }
        var settings = new TreeMap<>(DEFAULTS);
        settings.put("COMMERCE_DATA_DIR", dataDir.toString());
        // a port known before start, so the orders app can be told where the catalog's API is
        settings.put("DEVHOST_PORT", Integer.toString(port));
        settings.put("CATALOG_API_BASE_URL", "http://127.0.0.1:" + port + "/api");
        settings.put("DEVHOST_SCAN_PACKAGES", apps.stream().map(app -> "com.cumulus.commerce." + app)
                .collect(Collectors.joining(",")));
        settings.put("DEVHOST_WORKFLOWS_DIR", workflows ? "logic-apps" : dataDir.resolve("no-workflows").toString());
        settings.putAll(overrides);
        return settings;
    }

    /** The values of {@code local.settings.sample.json}, the settings {@code bin/devhost} starts with. */
    static Map<String, String> sample() {
        var file = ShopHost.repositoryRoot().resolve("local.settings.sample.json");
        try {
            var values = new TreeMap<String, String>();
            Json.mapper().readTree(file.toFile()).path("Values").fields()
                    .forEachRemaining(field -> values.put(field.getKey(), field.getValue().asText()));
            return values;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** {@code NAME=value} pairs as a map. */
    static Map<String, String> parse(String[] pairs) {
        var settings = new TreeMap<String, String>();
        for (String pair : pairs) {
            int eq = pair.indexOf('=');
            if (eq < 1) {
                throw new IllegalArgumentException("a setting must be NAME=value: " + pair);
            }
            settings.put(pair.substring(0, eq), pair.substring(eq + 1));
        }
        return settings;
    }

    private static Map<String, String> defaults() {
        var settings = new TreeMap<String, String>();
        settings.put("DEVHOST_OIDC_PORT", "0");
        settings.put("DEVHOST_LOG_INVOCATIONS", "false");
        settings.put("DEVHOST_MAX_REQUEST_BYTES", "1048576");
        settings.put("DEVHOST_CORS", "http://127.0.0.1:5173,http://localhost:5173");
        settings.put("CATALOG_SEED_DEMO", "true");
        settings.put("CATALOG_SERVICE_AUDIENCE", CATALOG_AUDIENCE);
        settings.put("ORDERS_SERVICE_AUDIENCE", ORDERS_AUDIENCE);
        settings.put("PAYMENTS_SERVICE_AUDIENCE", PAYMENTS_AUDIENCE);
        settings.put("PAYMENTS_GATEWAY", "simulated");
        settings.put("PAYMENTS_SIM_WEBHOOK_DELAY_MS", "300");
        settings.put("PAYMENTS_PSP_TIMEOUT_MS", "1000");
        settings.put("PAYMENTS_REFUND_APPROVAL_THRESHOLD", "10000");
        settings.put("PAYMENTS_WEBHOOK_TOLERANCE_SECONDS", "300");
        settings.put("SAGA_PAYMENT_RESULT_TIMEOUT", PAYMENT_RESULT_TIMEOUT);
        settings.put("SAGA_PAYMENT_POLL_SECONDS", "1");
        settings.put("REFUND_APPROVAL_POLL_SECONDS", "1");
        settings.put("IDENTITY_ISSUER", "");
        settings.put("IDENTITY_METADATA_URL", "");
        settings.put("IDENTITY_AUDIENCE", "api://cumulus-commerce");
        settings.put("IDENTITY_MFA_AUTH_CONTEXT", "");
        settings.put("IDENTITY_CLOCK_SKEW_SECONDS", "300");
        settings.put("RATE_LIMIT_PER_IP_PER_MINUTE", "10000000");
        settings.put("RATE_LIMIT_PER_CLIENT_PER_MINUTE", "10000000");
        return settings;
    }
}
