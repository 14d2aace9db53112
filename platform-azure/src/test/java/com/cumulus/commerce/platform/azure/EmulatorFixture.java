package com.cumulus.commerce.platform.azure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * One emulator as a child process on loopback ports the test picked: started from a command, ready once every
 * port answers (and an optional check passes), stopped with SIGTERM (so Azurite saves what it was given), its
 * output in {@code target/emulators/<name>-<port>.log}. The emulators are installed by {@code bin/test}; a
 * missing one fails the test with a message naming it, never skips it.
 */
public final class EmulatorFixture implements AutoCloseable {

    private static final Duration STOP_WITHIN = Duration.ofSeconds(15);

    private final String name;
    private final Process process;
    private final List<Integer> ports;
    private final Path log;

    private EmulatorFixture(String name, Process process, List<Integer> ports, Path log) {
        this.name = name;
        this.process = process;
        this.ports = ports;
        this.log = log;
    }

    /** A port nobody listens on now; the emulator is told to bind it. */
    public static int freeLoopbackPort() {
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free loopback port", e);
        }
    }

    /** An npm emulator's launcher from the project-local install in {@code platform-azure/emulators}. */
    public static Path npmExecutable(String bin) {
        Path folder = emulatorsFolder();
        Path executable = folder.resolve("node_modules").resolve(".bin").resolve(bin);
        if (!Files.isExecutable(executable)) {
            throw new AssertionError("the emulator '" + bin + "' is not installed in " + folder
                    + ": run bin/test (or npm ci --prefix platform-azure/emulators)");
        }
        return executable;
    }

    /** A program on the PATH (Debian's redis-server), else a failure naming how to install it. */
    public static Path systemExecutable(String program, String debianPackage) {
        String path = Objects.requireNonNullElse(System.getenv("PATH"), "/usr/local/bin:/usr/bin:/bin");
        for (String dir : (path + ":/usr/sbin:/usr/bin").split(":")) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, program))) {
                return Path.of(dir, program);
            }
        }
        throw new AssertionError("'" + program + "' is not installed: run bin/test (as root it installs it; "
                + "otherwise: sudo apt-get install -y " + debianPackage + ")");
    }

    private static Path emulatorsFolder() {
        Path here = Path.of("").toAbsolutePath();
        for (Path dir = here; dir != null; dir = dir.getParent()) {
            for (Path candidate : List.of(dir.resolve("emulators"), dir.resolve("platform-azure").resolve("emulators"))) {
                if (Files.isRegularFile(candidate.resolve("package-lock.json"))) {
                    return candidate;
                }
            }
        }
        throw new AssertionError("no platform-azure/emulators folder above " + here);
    }

    /** Where emulator logs and data go: the module's {@code target/emulators}. */
    public static Path workFolder() {
        Path folder = emulatorsFolder().getParent().resolve("target").resolve("emulators");
        try {
            return Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Builder command(Object... command) {
        List<String> args = new ArrayList<>();
        for (Object arg : command) {
            args.add(String.valueOf(arg));
        }
        return new Builder(args);
    }

    public String name() {
        return name;
    }

    /** The {@code index}-th port the emulator was started on, in the order given to {@link Builder#ports}. */
    public int port(int index) {
        return ports.get(index);
    }

    public Path log() {
        return log;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Stops with SIGTERM and waits; SIGKILL only when it does not stop within 15 s. */
    @Override
    public void close() {
        var children = process.descendants().toList();
        process.destroy();
        try {
            if (!process.waitFor(STOP_WITHIN.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        children.forEach(ProcessHandle::destroy);
    }

    public static final class Builder {

        private final List<String> command;
        private final List<Integer> ports = new ArrayList<>();
        private Map<String, String> environment = Map.of();
        private BooleanSupplier ready = () -> true;
        private Duration readyWithin = Duration.ofSeconds(60);
        private Path directory;

        private Builder(List<String> command) {
            this.command = List.copyOf(command);
        }

        /** The ports the command binds; readiness waits until each accepts a connection. */
        public Builder ports(int... ports) {
            for (int port : ports) {
                this.ports.add(port);
            }
            return this;
        }

        public Builder environment(Map<String, String> environment) {
            this.environment = Map.copyOf(environment);
            return this;
        }

        public Builder directory(Path directory) {
            this.directory = directory;
            return this;
        }

        /** A further check once the ports answer (an HTTP probe, a PING). */
        public Builder readyWhen(BooleanSupplier ready) {
            this.ready = Objects.requireNonNull(ready, "'ready' must not be null");
            return this;
        }

        public Builder readyWithin(Duration readyWithin) {
            this.readyWithin = Objects.requireNonNull(readyWithin, "'readyWithin' must not be null");
            return this;
        }

        public EmulatorFixture start(String name) {
            Path log = workFolder().resolve(name + "-" + (ports.isEmpty() ? "noport" : ports.get(0)) + ".log");
            var builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
            if (directory != null) {
                builder.directory(directory.toFile());
            }
            builder.environment().putAll(environment);
            Process process;
            try {
                process = builder.start();
            } catch (IOException e) {
                throw new AssertionError("could not start " + name + " (" + command.get(0) + "): run bin/test", e);
            }
            var fixture = new EmulatorFixture(name, process, List.copyOf(ports), log);
            try {
                awaitReady(fixture, process, log);
            } catch (RuntimeException | Error e) {
                fixture.close();
                throw e;
            }
            return fixture;
        }

        private void awaitReady(EmulatorFixture fixture, Process process, Path log) {
            long deadline = System.nanoTime() + readyWithin.toNanos();
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new AssertionError(fixture.name + " exited with " + process.exitValue()
                            + " before it was ready; its output:\n" + tail(log));
                }
                if (ports.stream().allMatch(Builder::answers) && ready.getAsBoolean()) {
                    return;
                }
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError("interrupted waiting for " + fixture.name, e);
                }
            }
            throw new AssertionError(fixture.name + " was not ready on " + ports + " within " + readyWithin
                    + "; its output:\n" + tail(log));
        }

        private static boolean answers(int port) {
            try (var socket = new Socket()) {
                socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 500);
                return true;
            } catch (IOException e) {
                return false;
            }
        }

        private static String tail(Path log) {
            try {
                List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
                return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
            } catch (IOException e) {
                return "(no output: " + e.getMessage() + ")";
            }
        }
    }
}
