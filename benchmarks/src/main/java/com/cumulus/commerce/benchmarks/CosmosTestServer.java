package com.cumulus.commerce.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code @vercel/cosmosdb-server} behind platform-azure's test shim, on a free loopback port over HTTPS with a
 * certificate made for this run and trusted by this JVM: what the Cosmos DB adapter's tests run against.
 */
final class CosmosTestServer implements AutoCloseable {

    /** The Cosmos DB emulator's well-known key (public, for emulators only). */
    static final String EMULATOR_KEY =
            "C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD26/m7mPp9Q8ZTd6Zv8f0n2cYO0WUpmA==";

    private final Process process;
    private final int port;

    private CosmosTestServer(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    String connectionString() {
        return "AccountEndpoint=https://127.0.0.1:" + port + "/;AccountKey=" + EMULATOR_KEY + ";";
    }

    String endpoint() {
        return "https://127.0.0.1:" + port + "/";
    }

    static CosmosTestServer start(Path repository) throws IOException, InterruptedException {
        Path modules = repository.resolve("platform-azure/emulators/node_modules");
        if (!Files.isDirectory(modules.resolve("@vercel/cosmosdb-server"))) {
            throw new IllegalStateException("@vercel/cosmosdb-server is not installed in " + modules
                    + ": run bin/test (or npm ci --prefix platform-azure/emulators)");
        }
        Path work = Files.createDirectories(repository.resolve("benchmarks/target/cosmos-server"));
        String password = HexFormat.of().formatHex(new SecureRandom().generateSeed(12));
        Path serverStore = work.resolve("server.p12");
        Files.deleteIfExists(serverStore);
        Process keytool = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "shim", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
                "-dname", "CN=localhost", "-ext", "san=dns:localhost,ip:127.0.0.1", "-keystore", serverStore.toString(),
                "-storetype", "PKCS12", "-storepass", password, "-keypass", password)).redirectErrorStream(true).start();
        keytool.getInputStream().readAllBytes();
        if (!keytool.waitFor(60, TimeUnit.SECONDS) || keytool.exitValue() != 0) {
            throw new IllegalStateException("keytool could not make the test certificate");
        }
        trust(serverStore, password, work.resolve("truststore.p12"));
        int port;
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        var starting = new ProcessBuilder("node", repository.resolve("platform-azure/src/test/cosmos-shim/shim.js").toString(),
                modules.toString(), String.valueOf(port), serverStore.toString())
                .redirectError(work.resolve("shim.log").toFile());
        starting.environment().put("SHIM_PFX_PASSWORD", password);
        Process node = starting.start();
        var reader = new BufferedReader(new InputStreamReader(node.getInputStream(), StandardCharsets.UTF_8));
        String line = reader.readLine();
        if (line == null || !line.contains("ready")) {
            node.destroyForcibly();
            throw new IllegalStateException("the Cosmos DB test server did not start; see " + work.resolve("shim.log"));
        }
        return new CosmosTestServer(node, port);
    }

    private static void trust(Path serverStore, String password, Path trustStore) throws IOException {
        try (InputStream in = Files.newInputStream(serverStore); var out = Files.newOutputStream(trustStore)) {
            KeyStore server = KeyStore.getInstance("PKCS12");
            server.load(in, password.toCharArray());
            KeyStore trusted = KeyStore.getInstance("PKCS12");
            trusted.load(null, null);
            trusted.setCertificateEntry("cosmos-shim", server.getCertificate("shim"));
            trusted.store(out, password.toCharArray());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the test certificate could not be read", e);
        }
        System.setProperty("javax.net.ssl.trustStore", trustStore.toString());
        System.setProperty("javax.net.ssl.trustStorePassword", password);
        System.setProperty("javax.net.ssl.trustStoreType", "PKCS12");
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
