package com.cumulus.commerce.benchmarks;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Prints the figures of the README's performance section. Every figure comes with a baseline measured in the
 * same run, because absolute numbers on a shared two-core machine drift from one minute to the next.
 *
 * <p>Arguments: {@code [http|storage|all] [concurrency=16] [seconds per round=5] [operations=20000]};
 * {@code checkout [checkouts per second=10] [seconds=30] [--jfr file]} (not part of {@code all}: it takes a
 * minute or more); {@code checkout saturate [checkouts per second=150] [seconds=15] [--jfr file]}, an offered
 * load well above what two cores sustain, so that confirmed orders/s is the host's ceiling; {@code jfr file}
 * summarises a JFR recording's execution samples; {@code azure-documents [seconds=8]}, the Cosmos DB adapter
 * beside the bare SDK on the test server, and {@code azure-tables [seconds=8]}, the Table Storage adapter beside
 * the bare SDK on Azurite (both need {@code bin/test}'s npm install).
 */
public final class Benchmarks {

    private Benchmarks() {
    }

    public static void main(String[] args) throws Exception {
        var arguments = new ArrayList<>(List.of(args));
        Path jfr = null;
        int flag = arguments.indexOf("--jfr");
        if (flag >= 0) {
            jfr = Path.of(arguments.get(flag + 1)).toAbsolutePath();
            arguments.remove(flag + 1);
            arguments.remove(flag);
        }
        String what = arguments.isEmpty() ? "all" : arguments.remove(0);
        if (what.equals("jfr")) {
            Profile.summary(Path.of(arguments.get(0)), 10).forEach(System.out::println);
            System.exit(0);
        }
        if (what.equals("checkout")) {
            boolean saturate = !arguments.isEmpty() && arguments.get(0).equals("saturate");
            if (saturate) {
                arguments.remove(0);
            }
            int rate = arguments.size() > 0 ? Integer.parseInt(arguments.get(0)) : saturate ? 150 : 10;
            int seconds = arguments.size() > 1 ? Integer.parseInt(arguments.get(1)) : saturate ? 15 : 30;
            new CheckoutBenchmark().run(Path.of("").toAbsolutePath(), rate, seconds, jfr);
            System.exit(0);
        }
        if (what.equals("azure-documents")) {
            int seconds = arguments.size() > 0 ? Integer.parseInt(arguments.get(0)) : 8;
            new AzureDocumentsBenchmark().run(Path.of("").toAbsolutePath(), Duration.ofSeconds(seconds));
            System.exit(0);
        }
        if (what.equals("azure-tables")) {
            int seconds = arguments.size() > 0 ? Integer.parseInt(arguments.get(0)) : 8;
            new AzureTablesBenchmark().run(Duration.ofSeconds(seconds));
            System.exit(0);
        }
        int concurrency = arguments.size() > 0 ? Integer.parseInt(arguments.get(0)) : 16;
        int seconds = arguments.size() > 1 ? Integer.parseInt(arguments.get(1)) : 5;
        int operations = arguments.size() > 2 ? Integer.parseInt(arguments.get(2)) : 20_000;
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
