package com.cumulus.commerce.benchmarks;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.HdrHistogram.Histogram;

/**
 * Closed-loop HTTP/1.1 keep-alive load on loopback: a fixed number of connections, each sending its next GET
 * when the last answer is read. The client is a bare socket loop so that it costs far less CPU than the
 * servers it measures (java.net.http's client saturated first on two cores). Bounded in time.
 */
final class LoadGenerator {

    private final int concurrency;

    LoadGenerator(int concurrency) {
        this.concurrency = concurrency;
    }

    /** Runs for {@code duration}; the histogram holds microseconds of every answer with the expected status. */
    Result run(URI uri, Duration duration, int expectedStatus) throws InterruptedException {
        byte[] request = ("GET " + uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
                + " HTTP/1.1\r\nHost: " + uri.getHost() + "\r\nAccept: application/json\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        long stopAt = System.nanoTime() + duration.toNanos();
        List<Worker> workers = new ArrayList<>();
        for (int i = 0; i < concurrency; i++) {
            Worker worker = new Worker(uri, request, expectedStatus, stopAt);
            worker.thread.start();
            workers.add(worker);
        }
        Histogram all = new Histogram(3);
        long errors = 0;
        for (Worker worker : workers) {
            worker.thread.join();
            all.add(worker.histogram);
            errors += worker.errors;
        }
        return new Result(all, errors, duration);
    }

    record Result(Histogram histogram, long errors, Duration duration) {
        Result plus(Result other) {
            Histogram sum = histogram.copy();
            sum.add(other.histogram);
            return new Result(sum, errors + other.errors, duration.plus(other.duration));
        }

        double requestsPerSecond() {
            return histogram.getTotalCount() / (duration.toNanos() / 1e9);
        }

        String line(String label) {
            return String.format("%-38s %9.0f req/s   p50 %6.2f ms   p99 %6.2f ms   (%d ok, %d errors)",
                    label, requestsPerSecond(), histogram.getValueAtPercentile(50) / 1000.0,
                    histogram.getValueAtPercentile(99) / 1000.0, histogram.getTotalCount(), errors);
        }
    }

    private static final class Worker implements Runnable {
        final Histogram histogram = new Histogram(3);
        final Thread thread = new Thread(this, "load");
        private final URI uri;
        private final byte[] request;
        private final int expectedStatus;
        private final long stopAt;
        long errors;

        Worker(URI uri, byte[] request, int expectedStatus, long stopAt) {
            this.uri = uri;
            this.request = request;
            this.expectedStatus = expectedStatus;
            this.stopAt = stopAt;
        }

        @Override
        public void run() {
            while (System.nanoTime() < stopAt) {
                try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
                    socket.setTcpNoDelay(true);
                    OutputStream out = socket.getOutputStream();
                    InputStream in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
                    while (System.nanoTime() < stopAt) {
                        long t0 = System.nanoTime();
                        out.write(request);
                        out.flush();
                        int status = readResponse(in);
                        long t1 = System.nanoTime();
                        if (status == expectedStatus) {
                            histogram.recordValue(Math.max(1, (t1 - t0) / 1000));
                        } else {
                            errors++;
                        }
                    }
                } catch (IOException e) {
                    errors++;
                }
            }
        }

        /** Reads one response (status line, headers, Content-Length body) and returns its status. */
        private static int readResponse(InputStream in) throws IOException {
            String statusLine = readLine(in);
            int status = Integer.parseInt(statusLine.substring(9, 12));
            long length = 0;
            for (String header = readLine(in); !header.isEmpty(); header = readLine(in)) {
                int colon = header.indexOf(':');
                String name = header.substring(0, colon).trim();
                if (name.equalsIgnoreCase("Content-Length")) {
                    length = Long.parseLong(header.substring(colon + 1).trim());
                } else if (name.equalsIgnoreCase("Transfer-Encoding")) {
                    throw new IOException("chunked answers are not supported by this load generator");
                }
            }
            in.skipNBytes(length);
            return status;
        }

        private static String readLine(InputStream in) throws IOException {
            StringBuilder line = new StringBuilder(64);
            for (int b = in.read(); b != '\n'; b = in.read()) {
                if (b < 0) {
                    throw new IOException("connection closed mid-response");
                }
                if (b != '\r') {
                    line.append((char) b);
                }
            }
            return line.toString();
        }
    }
}
