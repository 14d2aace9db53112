package com.cumulus.commerce.systemtests;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.cumulus.commerce.devhost.DevHost;
import com.cumulus.commerce.devhost.identity.EmbeddedIssuer;
import com.cumulus.commerce.devhost.testing.DevHostProcess;
import com.cumulus.commerce.platform.Platform;
import com.cumulus.commerce.platform.Platforms;
import com.cumulus.commerce.platform.config.AppSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.slf4j.LoggerFactory;

/**
 * The whole shop in devhost, in this JVM, on a free port and a temporary data folder of its own, on a platform the
 * test holds too: so a suite can read the ledger the payments app writes, or publish and receive on the topics
 * and queues the apps use. {@link ShopHostExtension} starts and shares these; {@link #childProcess} is the
 * variant in a child JVM, for the tests that kill devhost.
 */
public final class ShopHost implements AutoCloseable {

    private final Path dataDir;
    private final Platform platform;
    private final DevHost host;
    private final List<String> startupLog;
    private final ShopClient client;

    private ShopHost(Path dataDir, Platform platform, DevHost host, List<String> startupLog) {
        this.dataDir = dataDir;
        this.platform = platform;
        this.host = host;
        this.startupLog = startupLog;
        this.client = new ShopClient(host.port());
    }

    /** Starts the shop {@code spec} describes on a new temporary data folder. */
    static ShopHost start(ShopTest spec) {
        Path dataDir = newDataDir();
        var settings = ShopSettings.of(dataDir, DevHostProcess.freePort(), spec);
        var platform = Platforms.open(AppSettings.of(settings));
        var log = new ListAppender<ILoggingEvent>();
        var devhostLogger = (Logger) LoggerFactory.getLogger("devhost");
        log.start();
        devhostLogger.addAppender(log);
        try {
            var host = DevHost.start(repositoryRoot(), settings, platform);
            return new ShopHost(dataDir, platform, host,
                    log.list.stream().map(ILoggingEvent::getFormattedMessage).toList());
        } catch (RuntimeException e) {
            platform.close();
            deleteQuietly(dataDir);
            throw e;
        } finally {
            devhostLogger.detachAppender(log);
        }
    }

    /**
     * The shop in a child JVM on {@code dataDir} and {@code port}, with the default apps and workflows and
     * {@code overrides}, its output appended to {@code log}; answers once devhost serves HTTP.
     */
    public static DevHostProcess childProcess(Path dataDir, int port, Map<String, String> overrides, Path log) {
        var settings = ShopSettings.of(dataDir, port, List.of("catalog", "orders", "payments"), true, overrides);
        return DevHostProcess.start(dataDir, port, settings, log);
    }

    /** Reads the ledger of a shop that ran on {@code dataDir}, once it has stopped. */
    public static void readLedger(Path dataDir, Consumer<LedgerBook> reading) {
        try (var platform = Platforms.open(AppSettings.of(Map.of("COMMERCE_DATA_DIR", dataDir.toString())))) {
            reading.accept(new LedgerBook(platform.ledger().dataSource()));
        }
    }

    /** The shop's client: tokens, products, carts, checkout, orders, payments, webhooks, workflow runs. */
    public ShopClient client() {
        return client;
    }

    /** The platform devhost and its apps use (documents, queues, topics, the ledger) on this data folder. */
    public Platform platform() {
        return platform;
    }

    public LedgerBook ledger() {
        return new LedgerBook(platform.ledger().dataSource());
    }

    public EmbeddedIssuer issuer() {
        return host.issuer().orElseThrow();
    }

    /** What devhost logged while it started, including its listing of the routes it serves. */
    public List<String> startupLog() {
        return startupLog;
    }

    /** The host's master key, for its own routes such as {@code /admin/host/status}. */
    public String masterKey() {
        return host.masterKey();
    }

    public Path dataDir() {
        return dataDir;
    }

    public int port() {
        return host.port();
    }

    @Override
    public void close() {
        try {
            host.close();
        } finally {
            platform.close();
            deleteQuietly(dataDir);
        }
    }

    /** The repository's root: devhost reads host.json, local settings and logic-apps/ from there. */
    static Path repositoryRoot() {
        return Path.of("").toAbsolutePath().getParent();
    }

    private static Path newDataDir() {
        try {
            return Files.createTempDirectory("shop-host-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException | UncheckedIOException leftBehind) {
            // a temporary folder; the OS cleans it up if a late writer still holds a file
        }
    }
}
