package com.cumulus.commerce.platform.azure;

import com.azure.core.http.HttpPipelineCallContext;
import com.azure.core.http.HttpPipelineNextPolicy;
import com.azure.core.http.HttpPipelineNextSyncPolicy;
import com.azure.core.http.HttpResponse;
import com.azure.core.http.policy.HttpPipelinePolicy;
import com.cumulus.commerce.platform.Clock;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import reactor.core.publisher.Mono;

/**
 * An emulator's clock driven by a test's clock: the emulator runs with libfaketime reading a file, and every
 * SDK request first writes the test clock's time there, so the service decides visibility timeouts and
 * expiries on the same time the test moves. libfaketime is installed by {@code bin/test}.
 */
public final class ServiceClock implements HttpPipelinePolicy {

    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS").withZone(ZoneOffset.UTC);

    private volatile Clock clock;
    private final Path file;
    private final Path library;

    public ServiceClock(Clock clock) {
        this.clock = clock;
        this.library = library();
        try {
            this.file = Files.createTempFile(EmulatorFixture.workFolder(), "service-clock-", ".txt");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        publish();
    }

    private static Path library() {
        for (String dir : List.of("/usr/lib/x86_64-linux-gnu/faketime", "/usr/lib/aarch64-linux-gnu/faketime",
                "/usr/lib/faketime")) {
            Path candidate = Path.of(dir, "libfaketimeMT.so.1");
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new AssertionError("libfaketime is not installed: run bin/test (as root it installs it; "
                + "otherwise: sudo apt-get install -y libfaketime)");
    }

    /** The environment that makes a child process read its time from the file (timers keep the real time). */
    Map<String, String> environment() {
        return Map.of("LD_PRELOAD", library.toString(), "FAKETIME_TIMESTAMP_FILE", file.toString(),
                "FAKETIME_NO_CACHE", "1", "FAKETIME_DONT_FAKE_MONOTONIC", "1", "TZ", "UTC");
    }

    /** From now on the emulator follows {@code clock} (each test brings its own). */
    public void follow(Clock clock) {
        this.clock = clock;
        publish();
    }

    /** Writes the test clock's time for the emulator; atomically, so it never reads half a line. */
    public synchronized void publish() {
        try {
            Path next = file.resolveSibling(file.getFileName() + ".next");
            Files.writeString(next, FORMAT.format(clock.now()) + "\n", StandardCharsets.US_ASCII);
            Files.move(next, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Mono<HttpResponse> process(HttpPipelineCallContext context, HttpPipelineNextPolicy next) {
        publish();
        return next.process();
    }

    @Override
    public HttpResponse processSync(HttpPipelineCallContext context, HttpPipelineNextSyncPolicy next) {
        publish();
        return next.processSync();
    }
}
