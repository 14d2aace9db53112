package com.cumulus.commerce.devhost.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** devhost in a child JVM on the test class path, so a test can kill it with SIGKILL. */
public final class DevHostProcess implements AutoCloseable {

    private final Process process;
    private final int port;

    private DevHostProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    public static DevHostProcess start(Path dataDir, int port, String scanPackage, Path log) throws IOException, InterruptedException {
        return start(dataDir, port, Map.of("DEVHOST_SCAN_PACKAGES", scanPackage), log);
    }

    /** Starts devhost in a child JVM with these settings laid over the data folder and port, and waits for it. */
    public static DevHostProcess start(Path dataDir, int port, Map<String, String> settings, Path log)
            throws IOException, InterruptedException {
        Path repoRoot = Path.of("").toAbsolutePath().getParent();
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        var builder = new ProcessBuilder(List.of(java.toString(), "-Xmx768m",
                "-cp", System.getProperty("java.class.path"), "com.cumulus.commerce.devhost.DevHost"))
                .directory(repoRoot.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().put("DEVHOST_OIDC_PORT", "0");
        builder.environment().put("DEVHOST_LOG_INVOCATIONS", "false");
        builder.environment().putAll(settings);
        builder.environment().put("DEVHOST_PORT", Integer.toString(port));
        builder.environment().put("COMMERCE_DATA_DIR", dataDir.toString());
        var host = new DevHostProcess(builder.start(), port);
        host.awaitReady(Duration.ofSeconds(60));
        return host;
    }

    public static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private void awaitReady(Duration timeout) throws InterruptedException {
        var client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("devhost exited during start-up with code " + process.exitValue());
            }
            try {
                client.send(HttpRequest.newBuilder(uri("/api/")).GET().build(), HttpResponse.BodyHandlers.discarding());
                return;
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException("devhost not ready within " + timeout);
    }

    /** SIGKILL: no shutdown hook runs, nothing is flushed beyond what the OS already has. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(40, java.util.concurrent.TimeUnit.SECONDS)) {
            kill();
        }
    }
}
