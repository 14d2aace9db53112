package com.cumulus.commerce.benchmarks;

import com.cumulus.commerce.devhost.DevHost;
import com.cumulus.commerce.platform.http.Json;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Catalog get-by-SKU through devhost beside a bare Jetty answering the same product JSON as a constant, at the
 * same fixed concurrency in the same run; devhost answering a constant function is printed too, to show where
 * the cost is. The targets take turns over several rounds so that drift on a shared machine hits them alike.
 */
final class HttpBenchmark {

    private static final int ROUNDS = 3;

    private final LoadGenerator load;

    HttpBenchmark(LoadGenerator load) {
        this.load = load;
    }

    void run(Path repoRoot, int concurrency, Duration perRound) throws Exception {
        Path dataDir = Files.createTempDirectory("commerce-bench-http");
        var overrides = Map.of(
                "DEVHOST_PORT", "0", "DEVHOST_OIDC_PORT", "0",
                "COMMERCE_DATA_DIR", dataDir.toString(), "COMMERCE_PLATFORM", "local",
                "CATALOG_SEED_DEMO", "true",
                "DEVHOST_LOG_INVOCATIONS", "false",
                "RATE_LIMIT_PER_IP_PER_MINUTE", "1000000000",
                "RATE_LIMIT_PER_CLIENT_PER_MINUTE", "1000000000");
        try (var host = DevHost.start(repoRoot, overrides)) {
            String sku = firstSku(host.baseUri());
            String productJson = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(api(host.baseUri(), "products/" + sku)).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            try (var constant = new ConstantJettyServer(productJson)) {
                Map<String, URI> targets = new LinkedHashMap<>();
                targets.put("bare Jetty, constant product JSON", URI.create("http://127.0.0.1:" + constant.port() + "/"));
                targets.put("devhost, constant function", api(host.baseUri(), "bench/constant"));
                targets.put("devhost, catalog GET /products/{sku}", api(host.baseUri(), "products/" + sku));

                System.out.printf("http: %d keep-alive connections, %d rounds x %d s per target, loopback, "
                        + "client in the same JVM (%d bytes of product JSON)%n",
                        concurrency, ROUNDS, perRound.toSeconds(), productJson.length());
                for (URI uri : targets.values()) {
                    load.run(uri, Duration.ofSeconds(3), 200);
                }
                Map<String, LoadGenerator.Result> results = new LinkedHashMap<>();
                for (int round = 0; round < ROUNDS; round++) {
                    for (var target : targets.entrySet()) {
                        var result = load.run(target.getValue(), perRound, 200);
                        results.merge(target.getKey(), result, LoadGenerator.Result::plus);
                    }
                }
                results.forEach((label, result) -> System.out.println(result.line(label)));
                var values = results.values().toArray(LoadGenerator.Result[]::new);
                System.out.printf("ratio catalog get-by-SKU / bare Jetty constant: %.3f   (devhost constant / bare Jetty: %.3f)%n",
                        values[2].requestsPerSecond() / values[0].requestsPerSecond(),
                        values[1].requestsPerSecond() / values[0].requestsPerSecond());
            }
        }
    }

    private static URI api(URI base, String path) {
        return URI.create(base + "/" + path);
    }

    private static String firstSku(URI base) throws Exception {
        var client = HttpClient.newHttpClient();
        var request = HttpRequest.newBuilder(api(base, "products?limit=1&sort=sku")).build();
        var response = client.send(request, HttpResponse.BodyHandlers.ofString());
        for (int attempt = 0; attempt < 100 && !response.body().contains("\"sku\""); attempt++) {
            Thread.sleep(100);
            response = client.send(request, HttpResponse.BodyHandlers.ofString());
        }
        return Json.mapper().readTree(response.body()).get("items").get(0).get("sku").asText();
    }
}
