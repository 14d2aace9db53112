package com.cumulus.commerce.benchmarks;

import com.cumulus.commerce.devhost.DevHost;
import com.cumulus.commerce.devhost.HostCounts;
import com.cumulus.commerce.platform.Platform;
import com.cumulus.commerce.platform.Platforms;
import com.cumulus.commerce.platform.config.AppSettings;
import com.cumulus.commerce.platform.events.EventEnvelope;
import com.cumulus.commerce.platform.http.Json;
import com.cumulus.commerce.platform.messaging.Topics;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.HdrHistogram.Histogram;

/**
 * Checkout to confirmed order through the whole of devhost (orders, outbox relay, the checkout-saga workflow,
 * stock reservation, the simulated PSP, capture and ledger) at a fixed offered load, open loop: a checkout is
 * sent every 1/rate seconds whether or not earlier ones have finished. Latency runs from sending the checkout
 * to the {@code order-confirmed} event on a subscription of the benchmark's own. The baseline, measured in the
 * same run, is the same latency for checkouts sent one at a time on the idle host.
 *
 * <p>Over the measured window (from the first loaded checkout until every accepted one is confirmed) it also
 * counts, per confirmed order, the HTTP requests devhost served and those the apps and workflows sent, the
 * documents written to {@code workflow-runs}, and the process's CPU time, with the load generator's own threads
 * measured apart. With a JFR file it records a profile of that window and prints its top frames.
 */
final class CheckoutBenchmark {

    private static final String SKU = "BENCH-1";
    private static final long PRICE = 1000;
    private static final int WARM_UP_CHECKOUTS = 20;
    /**
     * Seconds of the offered load run before the measured window, so the JIT has compiled the hot paths: without
     * them the C2 compiler threads took about half the process's CPU in a 20-second window at 30 checkouts/s.
     */
    private static final int LOADED_WARM_UP_SECONDS = 10;
    private static final int IDLE_CHECKOUTS = 10;
    private static final String SUBSCRIPTION = "benchmark-confirmations";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final LoadThreads loadThreads = new LoadThreads();
    private final HttpClient client = loadThreads.client();
    private final Map<String, Long> sentAt = new ConcurrentHashMap<>();
    private final Map<String, Long> confirmedAt = new ConcurrentHashMap<>();

    /** @param jfr where to write a profile of the measured window; null for none */
    void run(Path repoRoot, int ratePerSecond, int seconds, Path jfr) throws Exception {
        Path dataDir = Files.createTempDirectory("commerce-bench-checkout");
        var settings = new HashMap<String, String>();
        settings.put("DEVHOST_PORT", "0");
        settings.put("DEVHOST_OIDC_PORT", "0");
        settings.put("COMMERCE_DATA_DIR", dataDir.toString());
        settings.put("COMMERCE_PLATFORM", "local");
        settings.put("CATALOG_SEED_DEMO", "false");
        settings.put("DEVHOST_LOG_INVOCATIONS", "false");
        settings.put("RATE_LIMIT_PER_IP_PER_MINUTE", "1000000000");
        settings.put("RATE_LIMIT_PER_CLIENT_PER_MINUTE", "1000000000");
        int orders = ratePerSecond * seconds;
        int warmUnderLoad = Math.min(orders, ratePerSecond * LOADED_WARM_UP_SECONDS);
        int before = WARM_UP_CHECKOUTS + warmUnderLoad + IDLE_CHECKOUTS;
        try (Platform platform = Platforms.open(AppSettings.of(settings));
             var host = DevHost.start(repoRoot, settings, platform)) {
            platform.topics().subscribe("order-events", SUBSCRIPTION);
            var issuer = host.issuer().orElseThrow();
            String manager = issuer.userToken("carol", false);
            String customer = issuer.userToken("alice", true);
            URI api = host.baseUri();
            expect(send("PUT", api + "/products/" + SKU, manager, """
                    {"sku": "%s", "title": "Benchmark Mug", "description": "A mug.", "category": "kitchen",
                     "attributes": {}, "images": [], "prices": {"EUR": {"amount": %d, "currency": "EUR"}}}"""
                    .formatted(SKU, PRICE)), 201);
            expect(send("POST", api + "/stock/" + SKU + "/adjustments", manager,
                    "{\"delta\": " + (orders + before + 10) + ", \"reason\": \"benchmark\"}"), 200);
            var carts = new ArrayList<String>();
            for (int i = 0; i < orders + before; i++) {
                String cartId = randomId();
                expect(send("PUT", api + "/carts/" + cartId, customer,
                        "{\"lines\": [{\"sku\": \"" + SKU + "\", \"quantity\": 1}]}"), 200, 201);
                carts.add(cartId);
            }
            var draining = new AtomicBoolean(true);
            var drain = loadThreads.thread(() -> drainConfirmations(platform, draining), "benchmark-confirmations");
            drain.start();

            // the JIT and the stores warm up first, so the baseline is the idle host, not a cold one
            for (int i = 0; i < WARM_UP_CHECKOUTS; i++) {
                awaitConfirmed(List.of(checkout(api, customer, carts.get(i)).join()), Duration.ofSeconds(60));
            }
            warmUpUnderLoad(api, customer, carts.subList(WARM_UP_CHECKOUTS, WARM_UP_CHECKOUTS + warmUnderLoad),
                    ratePerSecond);
            var idle = new Histogram(3);
            for (int i = WARM_UP_CHECKOUTS + warmUnderLoad; i < before; i++) {
                String orderId = checkout(api, customer, carts.get(i)).join();
                awaitConfirmed(List.of(orderId), Duration.ofSeconds(60));
                record(idle, orderId);
            }

            var loaded = new Histogram(3);
            var pool = Executors.newScheduledThreadPool(4, runnable -> loadThreads.thread(runnable, "benchmark-load"));
            var sending = new ArrayList<CompletableFuture<Void>>();
            var loadOrders = new ConcurrentHashMap<String, Boolean>();
            var failures = new AtomicInteger();
            long periodNanos = 1_000_000_000L / ratePerSecond;
            var profile = jfr == null ? null : Profile.start();
            var window = Window.open(host, loadThreads);
            long start = System.nanoTime();
            for (int i = 0; i < orders; i++) {
                String cartId = carts.get(before + i);
                var sent = new CompletableFuture<Void>();
                sending.add(sent);
                pool.schedule(() -> checkout(api, customer, cartId).whenComplete((orderId, failure) -> {
                    if (failure == null) {
                        loadOrders.put(orderId, Boolean.TRUE);
                    } else {
                        failures.incrementAndGet();
                    }
                    sent.complete(null);
                }), i * periodNanos, TimeUnit.NANOSECONDS);
            }
            CompletableFuture.allOf(sending.toArray(CompletableFuture[]::new))
                    .get(seconds + 120L, TimeUnit.SECONDS);
            double sendingSeconds = (System.nanoTime() - start) / 1e9;
            awaitConfirmed(List.copyOf(loadOrders.keySet()), Duration.ofSeconds(Math.max(120, orders / 10)));
            var measured = window.close();
            List<String> topFrames = profile == null ? List.of() : profile.stop(jfr);
            pool.shutdown();
            draining.set(false);
            drain.join();

            var confirmations = new ArrayList<Long>();
            int confirmed = 0;
            for (String orderId : loadOrders.keySet()) {
                Long at = confirmedAt.get(orderId);
                if (at != null) {
                    confirmed++;
                    confirmations.add(at);
                    record(loaded, orderId);
                }
            }
            confirmations.sort(null);
            double elapsed = confirmations.isEmpty() ? Double.NaN
                    : (confirmations.get(confirmations.size() - 1) - start) / 1e9;
            System.out.printf("checkout: offered %d checkouts/s for %d s (open loop), one customer, one SKU, "
                    + "simulated PSP approving at once%n", ratePerSecond, seconds);
            System.out.printf("  accepted %d of %d, confirmed %d (%d refused or failed to send); "
                    + "the last checkout was answered after %.1f s%n",
                    loadOrders.size(), orders, confirmed, failures.get(), sendingSeconds);
            System.out.printf("  confirmed orders/s: %.1f   (offered %d/s, ratio %.2f)%n",
                    confirmed / elapsed, ratePerSecond, confirmed / elapsed / ratePerSecond);
            if (confirmations.size() >= 10) {
                int from = confirmations.size() / 10;
                int to = confirmations.size() - 1 - confirmations.size() / 10;
                System.out.printf("  confirmed orders/s in the middle 80 %% of confirmations: %.1f%n",
                        (to - from) / ((confirmations.get(to) - confirmations.get(from)) / 1e9));
            }
            System.out.printf("  checkout-to-confirmed under load: p50 %.0f ms, p99 %.0f ms, max %.0f ms%n",
                    loaded.getValueAtPercentile(50) / 1e3, loaded.getValueAtPercentile(99) / 1e3,
                    loaded.getMaxValue() / 1e3);
            System.out.printf("  baseline, one checkout at a time on the warmed-up idle host: p50 %.0f ms, max %.0f ms%n",
                    idle.getValueAtPercentile(50) / 1e3, idle.getMaxValue() / 1e3);
            System.out.printf("  ratio p50 under load / idle p50: %.2f%n",
                    loaded.getValueAtPercentile(50) / (double) idle.getValueAtPercentile(50));
            measured.print(confirmed);
            if (profile != null) {
                System.out.printf("  JFR profile of the measured window: %s; top frames of its execution samples:%n",
                        jfr);
                topFrames.forEach(line -> System.out.println("    " + line));
            }
        }
    }

    private CompletableFuture<String> checkout(URI api, String customer, String cartId) {
        var body = "{\"cartId\": \"" + cartId + "\", \"paymentMethod\": \"pm_sim_approve\"}";
        var request = HttpRequest.newBuilder(URI.create(api + "/checkout")).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + customer).header("Content-Type", "application/json")
                .header("Idempotency-Key", randomId()).POST(BodyPublishers.ofString(body)).build();
        long sent = System.nanoTime();
        return client.sendAsync(request, HttpResponse.BodyHandlers.ofString()).thenApply(response -> {
            expect(response, 202);
            try {
                String orderId = Json.mapper().readTree(response.body()).get("orderId").asText();
                sentAt.put(orderId, sent);
                return orderId;
            } catch (java.io.IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private void drainConfirmations(Platform platform, AtomicBoolean draining) {
        var queues = platform.queues();
        String path = Topics.subscriptionPath("order-events", SUBSCRIPTION);
        while (draining.get()) {
            var messages = queues.receive(path, 64);
            for (var message : messages) {
                var event = EventEnvelope.unwrap(message.body());
                if (event.getType().equals("commerce.orders.order-confirmed.v1")) {
                    confirmedAt.putIfAbsent(event.getSubject(), System.nanoTime());
                }
                queues.complete(message);
            }
            if (messages.isEmpty()) {
                sleep(5);
            }
        }
    }

    /** The offered load on its own carts until all are confirmed, before anything is measured. */
    private void warmUpUnderLoad(URI api, String customer, List<String> carts, int ratePerSecond) throws Exception {
        var pool = Executors.newScheduledThreadPool(4, runnable -> loadThreads.thread(runnable, "benchmark-load"));
        try {
            long periodNanos = 1_000_000_000L / ratePerSecond;
            var placed = ConcurrentHashMap.<String>newKeySet();
            var sending = new ArrayList<CompletableFuture<Void>>();
            for (int i = 0; i < carts.size(); i++) {
                String cartId = carts.get(i);
                var sent = new CompletableFuture<Void>();
                sending.add(sent);
                pool.schedule(() -> checkout(api, customer, cartId).whenComplete((orderId, failure) -> {
                    if (failure == null) {
                        placed.add(orderId);
                    }
                    sent.complete(null);
                }), i * periodNanos, TimeUnit.NANOSECONDS);
            }
            CompletableFuture.allOf(sending.toArray(CompletableFuture[]::new))
                    .get(carts.size() / ratePerSecond + 120L, TimeUnit.SECONDS);
            awaitConfirmed(List.copyOf(placed), Duration.ofSeconds(Math.max(120, carts.size() / 10)));
        } finally {
            pool.shutdownNow();
        }
        System.out.printf("  warmed up first with %d checkouts at %d/s (not measured)%n", carts.size(), ratePerSecond);
    }

    private void awaitConfirmed(List<String> orderIds, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline && !orderIds.stream().allMatch(confirmedAt::containsKey)) {
            sleep(20);
        }
    }

    private void record(Histogram histogram, String orderId) {
        Long confirmed = confirmedAt.get(orderId);
        if (confirmed != null) {
            histogram.recordValue(Math.max(1, (confirmed - sentAt.get(orderId)) / 1000));
        }
    }

    private HttpResponse<String> send(String method, String uri, String token, String body) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(uri)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .method(method, BodyPublishers.ofString(body)).build();
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> expect(HttpResponse<String> response, int... statuses) {
        for (int status : statuses) {
            if (response.statusCode() == status) {
                return response;
            }
        }
        throw new IllegalStateException(response.request().method() + " " + response.request().uri()
                + " answered " + response.statusCode() + ": " + response.body());
    }

    private static String randomId() {
        var bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The host's counters, the process's CPU time and the load generator's at the start of the window. */
    private record Window(DevHost host, LoadThreads threads, HostCounts counts, long processCpuNanos,
            Map<Long, Long> loadCpuNanos, long startedNanos) {

        static Window open(DevHost host, LoadThreads threads) {
            return new Window(host, threads, host.counts(), LoadThreads.processCpuNanos(), threads.cpuNanos(),
                    System.nanoTime());
        }

        Measured close() {
            long wall = System.nanoTime() - startedNanos;
            long process = LoadThreads.processCpuNanos() - processCpuNanos;
            long load = 0;
            for (var entry : threads.cpuNanos().entrySet()) {
                load += entry.getValue() - loadCpuNanos.getOrDefault(entry.getKey(), 0L);
            }
            return new Measured(host.counts().minus(counts), process, load, wall);
        }
    }

    private record Measured(HostCounts counts, long processCpuNanos, long loadCpuNanos, long wallNanos) {

        void print(int confirmed) {
            double per = Math.max(1, confirmed);
            System.out.printf("  measured window %.1f s, per confirmed order (%d):%n", wallNanos / 1e9, confirmed);
            System.out.printf("    HTTP requests devhost served: %.1f (the benchmark's checkout is 1 of them; "
                    + "the rest are the apps' and workflows' calls to each other)%n", counts.requestsServed() / per);
            var calls = new StringBuilder();
            counts.outgoingHttpCalls().forEach((caller, count) ->
                    calls.append(String.format("; %s %.1f", caller, count / per)));
            System.out.printf("    HTTP requests sent by the apps and workflows: %.1f%s%n",
                    counts.outgoingHttpCallsInAll() / per, calls);
            System.out.printf("    workflow-runs document writes: %.1f%n", counts.workflowRunWrites() / per);
            System.out.printf("    process CPU: %.1f ms (of which the load generator's threads %.1f ms; "
                    + "without them %.1f ms); %.0f %% of %d cores busy over the window%n",
                    processCpuNanos / 1e6 / per, loadCpuNanos / 1e6 / per,
                    (processCpuNanos - loadCpuNanos) / 1e6 / per,
                    100.0 * processCpuNanos / wallNanos / Runtime.getRuntime().availableProcessors(),
                    Runtime.getRuntime().availableProcessors());
        }
    }
}
