package com.cumulus.commerce.payments.application;

import com.cumulus.commerce.platform.Clock;
import com.cumulus.commerce.platform.events.Inbox;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;

/**
 * {@code POST /api/webhooks/payments}: authenticity first (signature with the current or previous secret,
 * timestamp within the tolerance either way), then the event once per event id, then the finalisation step.
 */
public final class ReceivePaymentWebhook {

    static final String CONSUMER = "payments-webhooks";
    private static final Pattern EVENT_ID = Pattern.compile("[A-Za-z0-9_.:-]{1,128}");

    private final WebhookSecrets secrets;
    private final PspEventReader reader;
    private final Inbox inbox;
    private final FinalisePayment finalisePayment;
    private final Clock clock;
    private final Duration tolerance;

    public ReceivePaymentWebhook(WebhookSecrets secrets, PspEventReader reader, Inbox inbox,
            FinalisePayment finalisePayment, Clock clock, Duration tolerance) {
        this.secrets = Objects.requireNonNull(secrets, "'secrets' must not be null");
        this.reader = Objects.requireNonNull(reader, "'reader' must not be null");
        this.inbox = Objects.requireNonNull(inbox, "'inbox' must not be null");
        this.finalisePayment = Objects.requireNonNull(finalisePayment, "'finalisePayment' must not be null");
        this.clock = Objects.requireNonNull(clock, "'clock' must not be null");
        this.tolerance = Objects.requireNonNull(tolerance, "'tolerance' must not be null");
    }

    public WebhookResult receive(WebhookDelivery delivery) {
        if (delivery.id() == null || delivery.timestamp() == null || delivery.signature() == null) {
            return new WebhookResult.Unauthenticated("webhook-id, webhook-timestamp and webhook-signature are required");
        }
        long timestamp;
        try {
            timestamp = Long.parseLong(delivery.timestamp().trim());
        } catch (NumberFormatException e) {
            return new WebhookResult.Unauthenticated("webhook-timestamp must be unix seconds");
        }
        var body = delivery.body() == null ? "" : delivery.body();
        if (!WebhookSignature.verify(secrets.verificationSecrets(), delivery.id(), timestamp, body,
                delivery.signature())) {
            return new WebhookResult.Unauthenticated("no valid signature");
        }
        var skew = Math.abs(clock.now().getEpochSecond() - timestamp);
        if (skew > tolerance.toSeconds()) {
            return new WebhookResult.Unauthenticated("webhook-timestamp is outside the tolerance");
        }
        if (!EVENT_ID.matcher(delivery.id()).matches()) {
            return new WebhookResult.Malformed("webhook-id must be 1 to 128 letters, digits or _.:-");
        }
        var event = reader.read(body);
        if (event.isEmpty()) {
            return new WebhookResult.Malformed("the body is not a payment event");
        }
        if (!event.get().eventId().equals(delivery.id())) {
            return new WebhookResult.Malformed("the body's id differs from webhook-id");
        }
        var known = new AtomicBoolean(true);
        var handled = inbox.handleOnce(CONSUMER, delivery.id(), () -> known.set(finalisePayment
                .finalise(event.get().paymentId(), event.get().outcome(), "webhook:" + event.get().type()).isPresent()));
        if (!known.get()) {
            return new WebhookResult.UnknownPayment(event.get().paymentId());
        }
        return new WebhookResult.Accepted(!handled);
    }
}
