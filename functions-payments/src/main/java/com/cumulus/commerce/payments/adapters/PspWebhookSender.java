package com.cumulus.commerce.payments.adapters;

import com.cumulus.commerce.payments.application.WebhookSignature;
import com.cumulus.commerce.platform.Clock;
import com.cumulus.commerce.platform.http.OutgoingHttpCalls;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Posts the simulated PSP's webhooks over real HTTP, signed as a PSP signs them, after a delay and in the order
 * given; a delivery that fails or is not answered 2xx is retried a few times with a growing pause, like a PSP's.
 * The endpoint and the secret are looked up at send time (the host's port may be known only after start).
 */
final class PspWebhookSender implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(PspWebhookSender.class.getName());
    static final int ATTEMPTS = 5;
    private static final Duration FIRST_PAUSE = Duration.ofMillis(200);

    private final Supplier<URI> endpoint;
    private final Supplier<String> secret;
    private final Clock clock;
    private final Duration delay;
    private final HttpClient client = OutgoingHttpCalls.counted("simulated PSP webhooks",
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build());
    private final ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2, runnable -> {
        var thread = new Thread(runnable, "simulated-psp-webhooks");
        thread.setDaemon(true);
        return thread;
    });

    PspWebhookSender(Supplier<URI> endpoint, Supplier<String> secret, Clock clock, Duration delay) {
        this.endpoint = endpoint;
        this.secret = secret;
        this.clock = clock;
        this.delay = delay;
    }

    Duration delay() {
        return delay;
    }

    /** Sends the events one after the other, each {@code copies} times, after the delay. */
    void send(List<PspWebhook> events, int copies) {
        send(events, copies, () -> { });
    }

    /** As {@link #send(List, int)}, running {@code decide} first (the moment a pending payment is decided). */
    void send(List<PspWebhook> events, int copies, Runnable decide) {
        scheduler.schedule(() -> {
            decide.run();
            for (var event : events) {
                for (int copy = 0; copy < copies; copy++) {
                    deliver(event);
                }
            }
        }, delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void deliver(PspWebhook event) {
        var body = event.body();
        var pause = FIRST_PAUSE;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                var timestamp = clock.now().getEpochSecond();
                var request = HttpRequest.newBuilder(endpoint.get())
                        .timeout(Duration.ofSeconds(10))
                        .header("Content-Type", "application/json")
                        .header("webhook-id", event.id())
                        .header("webhook-timestamp", Long.toString(timestamp))
                        .header("webhook-signature", WebhookSignature.sign(secret.get(), event.id(), timestamp, body))
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build();
                var status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status / 100 == 2) {
                    return;
                }
                LOG.warning("webhook " + event.id() + " (" + event.type() + ") answered " + status + ", attempt "
                        + attempt);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                LOG.log(Level.WARNING, "webhook " + event.id() + " (" + event.type() + ") failed, attempt " + attempt
                        + ": " + e.getMessage());
            }
            try {
                Thread.sleep(pause.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            pause = pause.multipliedBy(2);
        }
        LOG.warning("webhook " + event.id() + " (" + event.type() + ") given up after " + ATTEMPTS + " attempts");
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
