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
import java.util.Map;

/**
 * Catalog get-by-SKU through devhost beside a bare Jetty answering a constant body, at the same fixed
 * concurrency in the same run; devhost answering a constant function is printed too, to show where the cost is.
 */
final class HttpBenchmark {

    private final LoadGenerator load;

    HttpBenchmark(LoadGenerator load) {
        this.load = load;
    }

    void run(Path repoRoot, int concurrency, Duration measure) throws Exception {
        Path dataDir = Files.createTempDirectory("commerce-bench-http");
        var overrides = Map.of(
                "DEVHOST_PORT", "0",
                "COMMERCE_DATA_DIR", dataDir.toString(),
                "CATALOG_SEED_DEMO", "true",
                "DEVHOST_LOG_INVOCATIONS", "false");
        try (var host = DevHost.start(repoRoot, overrides)) {
            String sku = firstSku(host.baseUri());
            String productJson = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(api(host.baseUri(), "products/" + sku)).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            try (var constant = new ConstantJettyServer(productJson)) {
                System.out.printf("http: %d concurrent connections, %d s measured per target, loopback, client in the same JVM%n",
                        concurrency, measure.toSeconds());
                var bare = load.run("bare Jetty, constant body", URI.create("http://127.0.0.1:" + constant.port() + "/"), 200);
                var hostConstant = load.run("devhost, constant function", api(host.baseUri(), "bench/constant"), 200);
                var catalog = load.run("devhost, catalog GET /products/{sku}", api(host.baseUri(), "products/" + sku), 200);
                System.out.println(bare.line());
                System.out.println(hostConstant.line());
                System.out.println(catalog.line());
                System.out.printf("ratio catalog get-by-SKU / bare Jetty constant: %.3f   (devhost constant / bare: %.3f)%n",
                        catalog.requestsPerSecond() / bare.requestsPerSecond(),
                        hostConstant.requestsPerSecond() / bare.requestsPerSecond());
            }
        }
    }

    private static URI api(URI base, String path) {
        return URI.create(base + "/" + path);
    }

    private static String firstSku(URI base) throws Exception {
        var response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(api(base, "products?limit=1&sort=sku")).build(), HttpResponse.BodyHandlers.ofString());
        for (int attempt = 0; attempt < 100 && !response.body().contains("\"sku\""); attempt++) {
            Thread.sleep(100);
            response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(api(base, "products?limit=1&sort=sku")).build(), HttpResponse.BodyHandlers.ofString());
        }
        return Json.mapper().readTree(response.body()).get("items").get(0).get("sku").asText();
    }
}
