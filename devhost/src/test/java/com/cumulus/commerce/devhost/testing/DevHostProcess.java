package com.cumulus.commerce.devhost.testing;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * devhost in a child JVM on the test class path, so a test can kill it with SIGKILL: the one way the tests that
 * crash the host start it (the shop's {@code CheckoutCrashIT} through its host fixture, devhost's own
 * {@code CrashRecoveryIT} and {@code WorkflowCrashRecoveryIT}).
 */
public final class DevHostProcess implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
    // devhost logs this once every function, listener and workflow has started
    private static final String READY = "devhost ready: ";

    private final Process process;
    private final int port;

    private DevHostProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts devhost serving the functions of one package. */
    public static DevHostProcess start(Path dataDir, int port, String scanPackage, Path log) {
        return start(dataDir, port, Map.of("DEVHOST_SCAN_PACKAGES", scanPackage), log);
    }

    /**
     * Starts devhost in a child JVM with these settings laid over the data folder and port, its output appended to
     * {@code log}, and answers once it has logged that it is ready.
     */
    public static DevHostProcess start(Path dataDir, int port, Map<String, String> settings, Path log) {
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
        long readyBefore = readyLines(log);
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var host = new DevHostProcess(process, port);
        await("devhost ready, see " + log).atMost(START_TIMEOUT)
                .pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(100)).until(() -> {
            if (!process.isAlive()) {
                throw new IllegalStateException("devhost exited during start-up with code " + process.exitValue()
                        + ", see " + log);
            }
            return readyLines(log) > readyBefore;
        });
        return host;
    }

    public static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return port;
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    /** SIGKILL: no shutdown hook runs, nothing is flushed beyond what the OS already has. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(40, TimeUnit.SECONDS)) {
            kill();
        }
    }

    private static long readyLines(Path log) {
        if (!Files.exists(log)) {
            return 0;
        }
        try {
            // ISO-8859-1 decodes any byte, so a half-written line never stops the count
            var text = new String(Files.readAllBytes(log), StandardCharsets.ISO_8859_1);
            long count = 0;
            for (int at = text.indexOf(READY); at >= 0; at = text.indexOf(READY, at + 1)) {
                count++;
            }
            return count;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
