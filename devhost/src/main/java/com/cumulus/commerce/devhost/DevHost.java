package com.cumulus.commerce.devhost;

import com.cumulus.commerce.devhost.functions.FunctionCatalog;
import com.cumulus.commerce.devhost.http.EdgeSettings;
import com.cumulus.commerce.devhost.http.FunctionKeys;
import com.cumulus.commerce.devhost.http.HttpHost;
import com.cumulus.commerce.devhost.http.HttpHostOptions;
import com.cumulus.commerce.devhost.http.HttpRoutes;
import com.cumulus.commerce.devhost.identity.EmbeddedIssuer;
import com.cumulus.commerce.devhost.identity.TokenMintingHandler;
import com.cumulus.commerce.devhost.triggers.TriggerListener;
import com.cumulus.commerce.devhost.workflows.WorkflowHost;
import com.cumulus.commerce.platform.Platform;
import com.cumulus.commerce.platform.Platforms;
import com.cumulus.commerce.platform.config.AppSettings;
import com.cumulus.commerce.platform.http.OutgoingHttpCalls;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiFunction;
import org.eclipse.jetty.server.Handler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * The local Functions host: every function app on the class path in one JVM, on the platform's local
 * adapters. {@link #main} runs it until the JVM stops; {@link #start} runs it for tests and benchmarks.
 */
public final class DevHost implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger("devhost");
    private static final Duration HTTP_TIME_LIMIT = Duration.ofSeconds(230);
    private static final Duration DRAIN_TIMEOUT = Duration.ofSeconds(30);
    private static final int DEFAULT_PORT = 7071;
    private static final long DEFAULT_MAX_REQUEST_BYTES = 1_048_576;

    private final HttpHost http;
    private final List<TriggerListener> listeners;
    private final WorkflowHost workflows;
    private final Platform platform;
    private final boolean ownsPlatform;
    private final FunctionKeys keys;
    private final String routePrefix;
    private final Optional<EmbeddedIssuer> issuer;
    private final AtomicBoolean closed = new AtomicBoolean();

    private DevHost(HttpHost http, List<TriggerListener> listeners, WorkflowHost workflows, Platform platform,
            boolean ownsPlatform, FunctionKeys keys, String routePrefix, Optional<EmbeddedIssuer> issuer) {
        this.http = http;
        this.listeners = listeners;
        this.workflows = workflows;
        this.platform = platform;
        this.ownsPlatform = ownsPlatform;
        this.keys = keys;
        this.routePrefix = routePrefix;
        this.issuer = issuer;
    }

    public static void main(String[] args) {
        DevHost host;
        try {
            host = start(Path.of("").toAbsolutePath(), Map.of());
        } catch (RuntimeException e) {
            LOG.error("devhost cannot start: {}", e.getMessage());
            System.exit(1);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(host::close, "devhost-shutdown"));
    }

    /**
     * Starts the host with the platform that {@link Platforms#open} finds for the settings; {@link #close}
     * closes it.
     */
    public static DevHost start(Path workingDir, Map<String, String> overrides) {
        return start(workingDir, overrides, null);
    }

    /**
     * Starts the host on a platform the caller owns (null: open one as {@link #start(Path, Map)} does).
     *
     * @param overrides settings laid over local.settings.json and the environment, e.g. {@code DEVHOST_PORT=0}
     * @throws IllegalStateException listing every binding problem, or naming unresolved Key Vault references
     */
    public static DevHost start(Path workingDir, Map<String, String> overrides, Platform platform) {
        Objects.requireNonNull(workingDir, "'workingDir' must not be null");
        Objects.requireNonNull(overrides, "'overrides' must not be null");
        long started = System.nanoTime();
        installLoggingBridge();
        var raw = LocalSettings.load(workingDir, System.getenv(), overrides);
        var ownsPlatform = platform == null;
        var opened = ownsPlatform ? Platforms.open(AppSettings.of(raw)) : platform;
        HttpHost http = null;
        WorkflowHost workflows = null;
        Optional<EmbeddedIssuer> issuer = Optional.empty();
        try {
            var resolved = raw.values().stream().anyMatch(KeyVaultReferences::isReference)
                    ? KeyVaultReferences.resolve(raw, opened.secrets()) : raw;
            SecretRedaction.protect(raw.entrySet().stream().filter(e -> KeyVaultReferences.isReference(e.getValue()))
                    .map(e -> resolved.get(e.getKey())).toList());
            // The issuer starts first: its port decides IDENTITY_ISSUER, which the apps read as they are built.
            issuer = EmbeddedIssuer.startUnlessExternal(AppSettings.of(resolved));
            var values = new TreeMap<>(resolved);
            issuer.ifPresent(embedded -> values.putAll(embedded.settings()));
            var host = HostConfig.read(workingDir);
            // The port is bound first: the apps and workflows call each other through it, and read its URL as they are built.
            http = HttpHost.open(AppSettings.of(values).getInt("DEVHOST_PORT", DEFAULT_PORT));
            values.putAll(apiBaseUrls(values, http.port(), host.routePrefix()));
            publish(values);
            var settings = AppSettings.of(values);
            var packages = Arrays.stream(settings.get("DEVHOST_SCAN_PACKAGES", "com.cumulus.commerce").split(","))
                    .map(String::trim).filter(p -> !p.isEmpty()).toList();
            var logInvocations = !settings.get("DEVHOST_LOG_INVOCATIONS", "true").equalsIgnoreCase("false");
            var catalog = FunctionCatalog.discover(opened, settings, host, packages, logInvocations,
                    Thread.currentThread().getContextClassLoader());
            var problems = new ArrayList<>(catalog.problems());
            var routes = HttpRoutes.compile(catalog.httpEndpoints(), problems);
            if (!problems.isEmpty()) {
                throw new IllegalStateException(problems.size() + " function binding problem(s):\n  - "
                        + String.join("\n  - ", problems));
            }
            workflows = WorkflowHost.load(workingDir, settings, problems);
            if (!problems.isEmpty()) {
                throw new IllegalStateException(problems.size() + " workflow problem(s):\n  - "
                        + String.join("\n  - ", problems));
            }
            var dataDir = workingDir.resolve(settings.get("COMMERCE_DATA_DIR", ".data"));
            var keys = FunctionKeys.loadOrCreate(dataDir);
            var listeners = catalog.createListeners();
            var timeout = host.functionTimeout().compareTo(HTTP_TIME_LIMIT) < 0 ? host.functionTimeout()
                    : HTTP_TIME_LIMIT;
            http.serve(routes, new HttpHostOptions(http.port(), host.routePrefix(), maxRequestBytes(settings), timeout,
                    keys, version(), catalog.size()), new Handler.Sequence(new TokenMintingHandler(issuer),
                    workflows.endpoints(host.routePrefix())),
                    new EdgeSettings(host.httpCustomHeaders(), LocalSettings.cors(workingDir, values)));
            for (var listener : listeners) {
                listener.start();
            }
            var minter = issuer.<BiFunction<String, String, String>>map(embedded -> embedded::serviceToken).orElse(null);
            workflows.start(opened, dataDir, settings, minter, Duration.ofSeconds(EmbeddedIssuer.TOKEN_LIFETIME_SECONDS),
                    logInvocations);
            var devHost = new DevHost(http, listeners, workflows, opened, ownsPlatform, keys, host.routePrefix(),
                    issuer);
            routes.describe(host.routePrefix()).forEach(line -> LOG.info("  {}", line));
            workflows.describeRoutes(host.routePrefix()).forEach(line -> LOG.info("  {}", line));
            LOG.info("devhost ready: {} ({} functions, {} ms)", devHost.baseUri(), catalog.size(),
                    (System.nanoTime() - started) / 1_000_000);
            return devHost;
        } catch (RuntimeException e) {
            issuer.ifPresent(EmbeddedIssuer::close);
            closeQuietly(http, workflows, ownsPlatform ? opened : null);
            throw e;
        } catch (Exception e) {
            issuer.ifPresent(EmbeddedIssuer::close);
            closeQuietly(http, workflows, ownsPlatform ? opened : null);
            throw new IllegalStateException("the HTTP host cannot start: " + e.getMessage(), e);
        }
    }

    public int port() {
        return http.port();
    }

    /** {@code http://127.0.0.1:<port>/<routePrefix>}, without a trailing slash. */
    public URI baseUri() {
        return URI.create("http://127.0.0.1:" + port() + (routePrefix.isEmpty() ? "" : "/" + routePrefix));
    }

    public String masterKey() {
        return keys.masterKey();
    }

    public String functionKey() {
        return keys.functionKey();
    }

    /** The Logic Apps workflows this host runs. */
    public WorkflowHost workflows() {
        return workflows;
    }

    /** Requests served, workflow-run writes and outgoing HTTP calls so far; a few counter reads. */
    public HostCounts counts() {
        return new HostCounts(http.requestsServed(), workflows.runWrites(), OutgoingHttpCalls.sent());
    }

    /** The embedded OIDC issuer, absent when {@code IDENTITY_ISSUER} names a real tenant. */
    public Optional<EmbeddedIssuer> issuer() {
        return issuer;
    }

    /**
     * Stops gracefully: HTTP stops accepting and finishes requests in flight, listeners drain their
     * invocations (up to 30 s, in parallel), then the platform closes if this host opened it.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            http.close();
        } catch (RuntimeException e) {
            LOG.warn("HTTP host stop: {}", e.getMessage());
        }
        workflows.close();
        var stopping = listeners.stream().map(listener -> {
            var thread = new Thread(() -> listener.stop(DRAIN_TIMEOUT), "devhost-stop-" + listener.functionName());
            thread.start();
            return thread;
        }).toList();
        for (var thread : stopping) {
            try {
                thread.join(DRAIN_TIMEOUT.plusSeconds(5).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        if (ownsPlatform) {
            platform.close();
        }
        issuer.ifPresent(EmbeddedIssuer::close);
        LOG.info("devhost stopped");
    }

    /**
     * {@code http://127.0.0.1:<port>/<routePrefix>} for every {@code *_API_BASE_URL} setting left empty: the apps
     * and workflows reach each other on this host.
     */
    static Map<String, String> apiBaseUrls(Map<String, String> values, int port, String routePrefix) {
        var base = "http://127.0.0.1:" + port + (routePrefix.isEmpty() ? "" : "/" + routePrefix);
        var urls = new TreeMap<String, String>();
        values.forEach((name, value) -> {
            if (name.endsWith("_API_BASE_URL") && value.isBlank()) {
                urls.put(name, base);
            }
        });
        return urls;
    }

    /** Composition roots read settings through AppSettings.fromEnvironment(), which sees system properties. */
    private static void publish(Map<String, String> values) {
        values.forEach((name, value) -> {
            if (!value.equals(System.getenv(name))) {
                System.setProperty(name, value);
            }
        });
    }

    private static long maxRequestBytes(AppSettings settings) {
        var value = settings.get("DEVHOST_MAX_REQUEST_BYTES");
        if (value.isEmpty()) {
            return DEFAULT_MAX_REQUEST_BYTES;
        }
        try {
            return Long.parseLong(value.get().trim());
        } catch (NumberFormatException e) {
            throw new IllegalStateException("app setting 'DEVHOST_MAX_REQUEST_BYTES' must be an integer", e);
        }
    }

    private static String version() {
        var version = DevHost.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }

    private static synchronized void installLoggingBridge() {
        if (!SLF4JBridgeHandler.isInstalled()) {
            SLF4JBridgeHandler.removeHandlersForRootLogger();
            SLF4JBridgeHandler.install();
        }
    }

    private static void closeQuietly(HttpHost http, WorkflowHost workflows, Platform platform) {
        if (http != null) {
            http.close();
        }
        if (workflows != null) {
            workflows.close();
        }
        if (platform != null) {
            platform.close();
        }
    }
}
