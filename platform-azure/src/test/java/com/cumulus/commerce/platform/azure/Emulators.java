package com.cumulus.commerce.platform.azure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The emulators platform-azure's tests run on, each on fresh loopback ports. */
public final class Emulators {

    /** The well-known development storage account Azurite serves (public, not a secret). */
    public static final String AZURITE_ACCOUNT = "devstoreaccount1";
    public static final String AZURITE_KEY =
            "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private Emulators() {
    }

    /** Azurite's Blob, Queue and Table services, keeping their data in a fresh folder under target/. */
    public static Azurite azurite() {
        return azurite(null);
    }

    /**
     * Azurite whose clock reads {@code clockFile} (libfaketime), so a test can move the service's time with
     * its own clock: see {@link ServiceClock}. Null: the real time.
     */
    public static Azurite azurite(ServiceClock clock) {
        int blob = EmulatorFixture.freeLoopbackPort();
        int queue = EmulatorFixture.freeLoopbackPort();
        int table = EmulatorFixture.freeLoopbackPort();
        Path location;
        try {
            location = Files.createTempDirectory(EmulatorFixture.workFolder(), "azurite-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var process = EmulatorFixture.command(EmulatorFixture.npmExecutable("azurite"),
                        "--blobHost", "127.0.0.1", "--blobPort", blob,
                        "--queueHost", "127.0.0.1", "--queuePort", queue,
                        "--tableHost", "127.0.0.1", "--tablePort", table,
                        "--location", location, "--silent", "--disableTelemetry")
                .ports(blob, queue, table)
                .environment(clock == null ? java.util.Map.of() : clock.environment())
                .start("azurite");
        return new Azurite(process);
    }

    /** Debian's redis-server, nothing persisted, optionally asking for a password. */
    public static EmulatorFixture redisServer(String password) {
        int port = EmulatorFixture.freeLoopbackPort();
        var args = new ArrayList<Object>(List.of(EmulatorFixture.systemExecutable("redis-server", "redis-server"),
                "--port", port, "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"));
        if (password != null) {
            args.addAll(List.of("--requirepass", password));
        }
        return EmulatorFixture.command(args.toArray()).ports(port).start("redis-server");
    }

    /** A running Azurite and the connection string that reaches it. */
    public record Azurite(EmulatorFixture process) implements AutoCloseable {

        public String blobEndpoint() {
            return "http://127.0.0.1:" + process.port(0) + "/" + AZURITE_ACCOUNT;
        }

        public String queueEndpoint() {
            return "http://127.0.0.1:" + process.port(1) + "/" + AZURITE_ACCOUNT;
        }

        public String tableEndpoint() {
            return "http://127.0.0.1:" + process.port(2) + "/" + AZURITE_ACCOUNT;
        }

        /** The full form: {@code UseDevelopmentStorage=true} only fits Azurite's default ports. */
        public String connectionString() {
            return "DefaultEndpointsProtocol=http;AccountName=" + AZURITE_ACCOUNT + ";AccountKey=" + AZURITE_KEY
                    + ";BlobEndpoint=" + blobEndpoint() + ";QueueEndpoint=" + queueEndpoint()
                    + ";TableEndpoint=" + tableEndpoint() + ";";
        }

        @Override
        public void close() {
            process.close();
        }
    }
}
