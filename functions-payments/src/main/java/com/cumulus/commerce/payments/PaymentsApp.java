package com.cumulus.commerce.payments;

import static com.cumulus.commerce.functions.support.FunctionCatalog.serves;

import com.cumulus.commerce.functions.support.FunctionApp;
import com.cumulus.commerce.functions.support.FunctionCatalog;
import com.cumulus.commerce.payments.adapters.PaymentsAdapters;
import com.cumulus.commerce.payments.application.AuthorisePayment;
import com.cumulus.commerce.payments.application.CapturePayment;
import com.cumulus.commerce.payments.application.DecideRefund;
import com.cumulus.commerce.payments.application.FinalisePayment;
import com.cumulus.commerce.payments.application.PaymentGateway;
import com.cumulus.commerce.payments.application.ReceivePaymentWebhook;
import com.cumulus.commerce.payments.application.RefundExecution;
import com.cumulus.commerce.payments.application.RequestRefund;
import com.cumulus.commerce.payments.application.ViewPayment;
import com.cumulus.commerce.payments.application.ViewRefund;
import com.cumulus.commerce.payments.application.VoidCancelledOrder;
import com.cumulus.commerce.payments.application.VoidPayment;
import com.cumulus.commerce.payments.functions.AuthorisePaymentFunction;
import com.cumulus.commerce.payments.functions.CapturePaymentFunction;
import com.cumulus.commerce.payments.functions.DecideRefundFunction;
import com.cumulus.commerce.payments.functions.ExecuteRefundFunction;
import com.cumulus.commerce.payments.functions.GetPaymentFunction;
import com.cumulus.commerce.payments.functions.GetRefundFunction;
import com.cumulus.commerce.payments.functions.PaymentEventsRelayFunction;
import com.cumulus.commerce.payments.functions.PaymentWebhookFunction;
import com.cumulus.commerce.payments.functions.RequestRefundFunction;
import com.cumulus.commerce.payments.functions.VoidCancelledOrderFunction;
import com.cumulus.commerce.payments.functions.VoidPaymentFunction;
import com.cumulus.commerce.functions.support.IdempotentRoute;
import com.cumulus.commerce.platform.Platform;
import com.cumulus.commerce.platform.config.AppSettings;
import com.cumulus.commerce.platform.events.Inbox;
import com.cumulus.commerce.platform.idempotency.IdempotencyRecords;
import com.cumulus.commerce.platform.idempotency.IdempotentRequests;
import java.net.URI;

import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The payments app's composition root: ports on the platform, use cases on the ports, functions on the use cases.
 * Building it migrates the ledger and makes sure the webhook secret exists.
 */
public final class PaymentsApp implements FunctionApp, AutoCloseable {

    static final String WEBHOOK_PATH = "/webhooks/payments";

    private final Platform platform;
    private final PaymentsSettings settings;
    private final FunctionCatalog functions;
    private final PaymentGateway gateway;

    public PaymentsApp(Platform platform, PaymentsSettings settings) {
        this(platform, settings, () -> AppSettings.fromEnvironment().get("PAYMENTS_API_BASE_URL", ""));
    }

    /**
     * @param lateApiBaseUrl where the API is served, asked when the first webhook is sent if the settings do not
     *                       say (a local host learns its port only after the apps are built)
     */
    public PaymentsApp(Platform platform, PaymentsSettings settings, Supplier<String> lateApiBaseUrl) {
        this.platform = Objects.requireNonNull(platform, "'platform' must not be null");
        this.settings = Objects.requireNonNull(settings, "'settings' must not be null");
        Objects.requireNonNull(lateApiBaseUrl, "'lateApiBaseUrl' must not be null");
        var clock = platform.clock();
        var payments = PaymentsAdapters.payments(platform.documents());
        var journal = PaymentsAdapters.journal(platform.ledger());
        var secrets = PaymentsAdapters.webhookSecrets(platform.secrets());
        this.gateway = PaymentsAdapters.simulatedGateway(platform.tables(), platform.secrets(), clock,
                () -> webhookEndpoint(settings, lateApiBaseUrl), settings.pspTimeout(), settings.simWebhookDelay());
        var inbox = new Inbox(platform.tables(), clock, platform.instance());

        var finalise = new FinalisePayment(payments, clock);
        var authorise = new AuthorisePayment(payments, gateway, finalise, clock);
        // twice the PSP timeout: by then the authorise call has given up and any webhook had its first chance
        var view = new ViewPayment(payments, gateway, finalise, clock, settings.pspTimeout().multipliedBy(2));
        var capture = new CapturePayment(payments, gateway, journal, clock);
        var voidPayment = new VoidPayment(payments, gateway, journal, clock);
        var webhook = new ReceivePaymentWebhook(secrets, PaymentsAdapters.pspEventReader(), inbox, finalise, clock,
                settings.webhookTolerance());
        var execution = new RefundExecution(payments, gateway, journal, clock, () -> UUID.randomUUID().toString());
        var requestRefund = new RequestRefund(payments, execution, PaymentsAdapters.refundApprovals(platform.queues()),
                clock, settings.refundApprovalThreshold());
        var idempotent = new IdempotentRoute(new IdempotentRequests(IdempotencyRecords.inTable(platform.tables()),
                clock, IdempotentRequests.DEFAULT_TIME_TO_LIVE, platform.instance()));
        var decide = new DecideRefund(payments, clock);
        var viewRefund = new ViewRefund(payments);
        var outbox = PaymentsAdapters.outbox(platform.documents(), platform.topics());
        var voidCancelled = new VoidCancelledOrder(voidPayment, inbox);
        this.functions = FunctionCatalog.of("payments",
                serves(AuthorisePaymentFunction.class, () -> new AuthorisePaymentFunction(authorise)),
                serves(GetPaymentFunction.class, () -> new GetPaymentFunction(view)),
                serves(CapturePaymentFunction.class, () -> new CapturePaymentFunction(capture)),
                serves(VoidPaymentFunction.class, () -> new VoidPaymentFunction(voidPayment)),
                serves(PaymentWebhookFunction.class, () -> new PaymentWebhookFunction(webhook)),
                serves(RequestRefundFunction.class, () -> new RequestRefundFunction(requestRefund, idempotent)),
                serves(DecideRefundFunction.class, () -> new DecideRefundFunction(decide)),
                serves(GetRefundFunction.class, () -> new GetRefundFunction(viewRefund)),
                serves(ExecuteRefundFunction.class, () -> new ExecuteRefundFunction(execution)),
                serves(PaymentEventsRelayFunction.class, () -> new PaymentEventsRelayFunction(outbox)),
                serves(VoidCancelledOrderFunction.class, () -> new VoidCancelledOrderFunction(voidCancelled)));
    }

    /** Subscribes the orders app's refund subscription, so no event published before it starts is lost. */
    @Override
    public void start() {
        platform.topics().subscribe(PaymentsAdapters.PAYMENT_EVENTS, PaymentsAdapters.ORDERS_REFUNDS);
    }

    /** A function instance wired to this app's use cases. */
    @Override
    public <T> T function(Class<T> type) {
        return functions.get(type);
    }

    /** Stops the simulated PSP's threads (webhooks not yet sent are dropped, as a PSP outage would). */
    @Override
    public void close() {
        if (gateway instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception e) {
                throw new IllegalStateException("closing the payment gateway failed", e);
            }
        }
    }

    public PaymentsSettings settings() {
        return settings;
    }

    static URI webhookEndpoint(PaymentsSettings settings, Supplier<String> lateApiBaseUrl) {
        if (!settings.webhookUrl().isEmpty()) {
            return URI.create(settings.webhookUrl());
        }
        var base = settings.apiBaseUrl().isEmpty() ? lateApiBaseUrl.get().trim() : settings.apiBaseUrl();
        if (base.isEmpty()) {
            throw new IllegalStateException("neither PAYMENTS_WEBHOOK_URL nor PAYMENTS_API_BASE_URL is set; the"
                    + " simulated PSP has nowhere to send webhooks");
        }
        return URI.create(base.replaceAll("/+$", "") + WEBHOOK_PATH);
    }
}
