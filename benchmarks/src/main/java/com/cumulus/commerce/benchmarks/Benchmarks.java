package com.cumulus.commerce.benchmarks;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Prints the figures of the README's performance section. Every figure comes with a baseline measured in the
 * same run, because absolute numbers on a shared two-core machine drift from one minute to the next.
 *
 * <p>Arguments: {@code [http|storage|all] [concurrency=16] [seconds per round=5] [operations=20000]}, or
 * {@code checkout [checkouts per second=10] [seconds=30]} (not part of {@code all}: it takes a minute or more).
 */
public final class Benchmarks {

    private Benchmarks() {
    }

    public static void main(String[] args) throws Exception {
        String what = args.length > 0 ? args[0] : "all";
        if (what.equals("checkout")) {
            int rate = args.length > 1 ? Integer.parseInt(args[1]) : 10;
            int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 30;
            new CheckoutBenchmark().run(Path.of("").toAbsolutePath(), rate, seconds);
            System.exit(0);
        }
        int concurrency = args.length > 1 ? Integer.parseInt(args[1]) : 16;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        int operations = args.length > 3 ? Integer.parseInt(args[3]) : 20_000;
        if (what.equals("http") || what.equals("all")) {
            new HttpBenchmark(new LoadGenerator(concurrency))
                    .run(Path.of("").toAbsolutePath(), concurrency, Duration.ofSeconds(seconds));
        }
        if (what.equals("storage") || what.equals("all")) {
            new StorageBenchmark(operations).run();
        }
        System.exit(0);
    }
}
