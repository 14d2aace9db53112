package com.cumulus.commerce.benchmarks;

import com.cumulus.commerce.platform.Platform;
import com.cumulus.commerce.platform.Platforms;
import com.cumulus.commerce.platform.config.AppSettings;
import com.cumulus.commerce.platform.messaging.OutgoingMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** platform-local's queue cycles and document upserts beside bare SQLite doing the equivalent writes. */
final class StorageBenchmark {

    private final int operations;

    StorageBenchmark(int operations) {
        this.operations = operations;
    }

    void run() throws Exception {
        String body = "{\"payload\":\"" + "x".repeat(1000) + "\"}";
        Path dir = Files.createTempDirectory("commerce-bench-storage");
        System.out.printf("storage: %d operations each, 1 KB bodies, one thread, WAL + synchronous=NORMAL%n", operations);
        try (var bare = new BareSqlite(dir.resolve("bare.db"));
             Platform platform = Platforms.open(AppSettings.of(Map.of("COMMERCE_DATA_DIR", dir.resolve("local").toString(),
                     "COMMERCE_PLATFORM", "local")))) {
            // warm-up both sides so the JIT and the page cache are in the same state for the measured runs
            bare.upsertsPerSecond(operations / 5, body);
            upserts(platform, operations / 5, body);
            bare.queueCyclesPerSecond(operations / 5, body);
            queueCycles(platform, operations / 5, body);

            double bareUpserts = bare.upsertsPerSecond(operations, body);
            double localUpserts = upserts(platform, operations, body);
            double bareCycles = bare.queueCyclesPerSecond(operations, body);
            double localCycles = queueCycles(platform, operations, body);
            print("document upserts/s", localUpserts, bareUpserts);
            print("queue send+receive+complete/s", localCycles, bareCycles);
        }
    }

    private static void print(String what, double local, double bare) {
        System.out.printf("%-32s platform-local %9.0f   bare SQLite %9.0f   ratio %.2f%n", what, local, bare, local / bare);
    }

    private static double upserts(Platform platform, int count, String body) {
        var container = platform.documents().container("bench-docs");
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            String id = "doc-" + (i % 5000);
            container.upsert(id, id, body);
        }
        return count / ((System.nanoTime() - start) / 1e9);
    }

    private static double queueCycles(Platform platform, int count, String body) {
        var queues = platform.queues();
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            queues.send("bench-queue", OutgoingMessage.of(body));
            var received = queues.receive("bench-queue", 1);
            if (received.size() != 1) {
                throw new IllegalStateException("expected the message just sent, got " + received.size());
            }
            queues.complete(received.get(0));
        }
        return count / ((System.nanoTime() - start) / 1e9);
    }
}
