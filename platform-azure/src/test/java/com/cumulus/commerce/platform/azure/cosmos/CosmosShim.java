package com.cumulus.commerce.platform.azure.cosmos;

import com.cumulus.commerce.platform.config.AppSettings;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * {@code @vercel/cosmosdb-server} behind the test-only shim ({@code src/test/cosmos-shim/shim.js}), one process
 * for the whole test run (see {@link CosmosShimExtension}) on a free loopback port, over HTTPS with a certificate made for this run (SAN localhost
 * and 127.0.0.1) that the JVM's trust store holds. Started once, stopped when the run's tests are done.
 */
public final class CosmosShim implements AutoCloseable {

    /** The Cosmos DB emulator's well-known key (public, for emulators only). */
    static final String EMULATOR_KEY =
            "C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD26/m7mPp9Q8ZTd6Zv8f0n2cYO0WUpmA==";

    private static CosmosShim running;

    private final Process process;
    private final int port;

    private CosmosShim(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    public static synchronized CosmosShim running() {
        if (running == null) {
            running = start();
        }
        return running;
    }

    public static synchronized void stop() {
        if (running != null) {
            running.close();
            running = null;
        }
    }

    /** Settings for a database of its own, created with its containers on first use. */
    public AppSettings settings(String database) {
        return AppSettings.of(Map.of(
                CosmosDocuments.CONNECTION, "AccountEndpoint=https://127.0.0.1:" + port + "/;AccountKey=" + EMULATOR_KEY + ";",
                CosmosDocuments.DATABASE, database,
                CosmosDocuments.CREATE_CONTAINERS, "true"));
    }

    int port() {
        return port;
    }

    private static CosmosShim start() {
        Path module = moduleDir();
        Path modules = module.resolve("emulators").resolve("node_modules");
        if (!Files.isDirectory(modules.resolve("@vercel").resolve("cosmosdb-server"))) {
            throw new AssertionError("@vercel/cosmosdb-server is not installed in " + modules
                    + ": run bin/test (or npm ci --prefix platform-azure/emulators)");
        }
        Path work = module.resolve("target").resolve("cosmos-shim");
        try {
            Files.createDirectories(work);
            String password = HexFormat.of().formatHex(new SecureRandom().generateSeed(12));
            Path serverStore = work.resolve("server.p12");
            Files.deleteIfExists(serverStore);
            Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
            run(List.of(keytool.toString(), "-genkeypair", "-alias", "shim", "-keyalg", "RSA", "-keysize", "2048",
                    "-validity", "2", "-dname", "CN=localhost", "-ext", "san=dns:localhost,ip:127.0.0.1",
                    "-keystore", serverStore.toString(), "-storetype", "PKCS12",
                    "-storepass", password, "-keypass", password));
            trust(serverStore, password, work.resolve("truststore.p12"));
            int port = freeLoopbackPort();
            Path log = work.resolve("shim-" + port + ".log");
            var starting = new ProcessBuilder("node", module.resolve("src/test/cosmos-shim/shim.js").toString(),
                    modules.toString(), String.valueOf(port), serverStore.toString())
                    .redirectError(log.toFile());
            starting.environment().put("SHIM_PFX_PASSWORD", password);
            Process process = starting.start();
            awaitReady(process, log);
            return new CosmosShim(process, port);
        } catch (IOException e) {
            throw new UncheckedIOException("starting the Cosmos DB test server failed", e);
        }
    }

    private static void trust(Path serverStore, String password, Path trustStore) throws IOException {
        try (InputStream in = Files.newInputStream(serverStore)) {
            KeyStore server = KeyStore.getInstance("PKCS12");
            server.load(in, password.toCharArray());
            KeyStore trusted = KeyStore.getInstance("PKCS12");
            trusted.load(null, null);
            trusted.setCertificateEntry("cosmos-shim", server.getCertificate("shim"));
            try (var out = Files.newOutputStream(trustStore)) {
                trusted.store(out, password.toCharArray());
            }
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("the test certificate could not be read", e);
        }
        System.setProperty("javax.net.ssl.trustStore", trustStore.toString());
        System.setProperty("javax.net.ssl.trustStorePassword", password);
        System.setProperty("javax.net.ssl.trustStoreType", "PKCS12");
    }

    private static void awaitReady(Process process, Path log) throws IOException {
        var reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        CompletableFuture<String> ready = CompletableFuture.supplyAsync(() -> {
            try {
                return reader.readLine();
            } catch (IOException e) {
                return null;
            }
        });
        String line;
        try {
            line = ready.get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            line = null;
        }
        if (line == null || !line.contains("ready")) {
            process.destroyForcibly();
            throw new AssertionError("the Cosmos DB test server did not start; see " + log + ": "
                    + Files.readString(log));
        }
        Thread drain = new Thread(() -> reader.lines().forEach(l -> { }), "cosmos-shim-stdout");
        drain.setDaemon(true);
        drain.start();
    }

    private static void run(List<String> command) throws IOException {
        Process p = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException("keytool failed: " + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    static int freeLoopbackPort() {
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free loopback port", e);
        }
    }

    /** platform-azure's folder: this one, or the one beside it (the function apps' boot tests start it too). */
    private static Path moduleDir() {
        Path here = Path.of("").toAbsolutePath();
        for (Path dir = here; dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("src/test/cosmos-shim"))) {
                return dir;
            }
            if (Files.isDirectory(dir.resolve("platform-azure/src/test/cosmos-shim"))) {
                return dir.resolve("platform-azure");
            }
        }
        return here.resolve("platform-azure");
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
