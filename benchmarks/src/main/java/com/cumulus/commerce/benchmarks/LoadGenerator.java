package com.cumulus.commerce.benchmarks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Recorder;

/**
 * Closed-loop HTTP load on loopback: a fixed number of workers, each sending its next request when the last one
 * answers, for a fixed time after a warm-up. Bounded in time; stops by itself.
 */
final class LoadGenerator {

    private final int concurrency;
    private final Duration warmUp;
    private final Duration measure;

    LoadGenerator(int concurrency, Duration warmUp, Duration measure) {
        this.concurrency = concurrency;
        this.warmUp = warmUp;
        this.measure = measure;
    }

    HttpFigures run(String label, URI uri, int expectedStatus) throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).GET().build();
        Recorder recorder = new Recorder(3);
        AtomicLong errors = new AtomicLong();
        long start = System.nanoTime();
        long measureFrom = start + warmUp.toNanos();
        long stopAt = measureFrom + measure.toNanos();
        List<Thread> workers = new ArrayList<>();
        for (int i = 0; i < concurrency; i++) {
            Thread worker = new Thread(() -> {
                while (true) {
                    long t0 = System.nanoTime();
                    if (t0 >= stopAt) {
                        return;
                    }
                    try {
                        var response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                        long t1 = System.nanoTime();
                        if (t0 >= measureFrom) {
                            if (response.statusCode() == expectedStatus) {
                                recorder.recordValue((t1 - t0) / 1000);
                            } else {
                                errors.incrementAndGet();
                            }
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                }
            }, "load-" + label + "-" + i);
            worker.start();
            workers.add(worker);
        }
        for (Thread worker : workers) {
            worker.join();
        }
        var histogram = recorder.getIntervalHistogram();
        double seconds = measure.toNanos() / 1e9;
        return new HttpFigures(label, histogram.getTotalCount() / seconds,
                histogram.getValueAtPercentile(50) / 1000.0, histogram.getValueAtPercentile(99) / 1000.0,
                histogram.getTotalCount(), errors.get());
    }

    record HttpFigures(String label, double requestsPerSecond, double p50Millis, double p99Millis, long count, long errors) {
        String line() {
            return String.format("%-34s %10.0f req/s   p50 %7.2f ms   p99 %7.2f ms   (%d ok, %d errors)",
                    label, requestsPerSecond, p50Millis, p99Millis, count, errors);
        }
    }
}
