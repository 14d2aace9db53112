package com.cumulus.commerce.payments.adapters;

import com.cumulus.commerce.payments.application.AuthorisationAnswer;
import com.cumulus.commerce.payments.application.GatewayAnswer;
import com.cumulus.commerce.payments.application.PaymentGateway;
import com.cumulus.commerce.payments.application.PspStatus;
import com.cumulus.commerce.payments.model.PaymentId;
import com.cumulus.commerce.payments.model.PspOutcome;
import com.cumulus.commerce.platform.Clock;
import com.cumulus.commerce.platform.documents.ConflictException;
import com.cumulus.commerce.platform.money.Money;
import com.cumulus.commerce.platform.tables.KeyValueTables;
import com.cumulus.commerce.platform.tables.TableEntity;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A PSP on this machine, chosen with {@code PAYMENTS_GATEWAY=simulated}. Like a PSP's test cards, the payment
 * method decides what happens (see docs/checkout.md). It keeps its own record of every payment in table
 * {@code simulatedpsp}, as a real PSP keeps its own, so {@link #retrieve} answers after a restart; it sends signed
 * webhooks over HTTP. The authorisation call runs under the client's timeout, as a real PSP call would.
 */
final class SimulatedPaymentGateway implements PaymentGateway, AutoCloseable {

    static final String TABLE = "simulatedpsp";
    static final String APPROVE = "pm_sim_approve";
    static final String DECLINE = "pm_sim_decline";
    static final String PENDING_APPROVE = "pm_sim_pending_approve";
    static final String PENDING_DECLINE = "pm_sim_pending_decline";
    static final String TIMEOUT = "pm_sim_timeout";
    static final String CAPTURE_ERROR = "pm_sim_capture_error";
    static final String DUPLICATE_WEBHOOKS = "pm_sim_duplicate_webhooks";
    static final String OUT_OF_ORDER_WEBHOOKS = "pm_sim_out_of_order_webhooks";
    private static final String PAYMENTS = "payments";
    private static final String REFUNDS = "refunds";
    private static final String NOT_COMPLETED = "NOT_COMPLETED";
    /** When a pending payment is decided, and how: kept with the payment so a restart loses no decision. */
    private static final String DECIDE_AT = "decideAt";
    private static final String DECISION = "decision";

    private final KeyValueTables tables;
    private final PspWebhookSender webhooks;
    private final Clock clock;
    private final Duration timeout;
    private final ExecutorService calls = Executors.newCachedThreadPool(runnable -> {
        var thread = new Thread(runnable, "simulated-psp-call");
        thread.setDaemon(true);
        return thread;
    });
    /** {@code payment.authorised} events held back until the capture, for {@value #OUT_OF_ORDER_WEBHOOKS}. */
    private final Map<String, PspWebhook> heldBack = new ConcurrentHashMap<>();

    SimulatedPaymentGateway(KeyValueTables tables, PspWebhookSender webhooks, Clock clock, Duration timeout) {
        this.tables = tables;
        this.webhooks = webhooks;
        this.clock = clock;
        this.timeout = timeout;
    }

    @Override
    public AuthorisationAnswer authorise(PaymentId payment, Money amount, String paymentMethod) {
        var paymentId = payment.value();
        var call = calls.submit(() -> process(paymentId, amount, paymentMethod));
        try {
            return new AuthorisationAnswer.Answered(call.get(timeout.toMillis(), TimeUnit.MILLISECONDS));
        } catch (TimeoutException e) {
            return new AuthorisationAnswer.Unknown("the PSP did not answer within " + timeout.toMillis() + " ms");
        } catch (ExecutionException e) {
            return new AuthorisationAnswer.Unknown("the PSP call failed: " + e.getCause().getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new AuthorisationAnswer.Unknown("interrupted while waiting for the PSP");
        }
    }

    private PspOutcome process(String paymentId, Money amount, String method) throws InterruptedException {
        var existing = state(paymentId);
        if (existing.isPresent()) {
            return outcomeOf(existing.get());
        }
        var reference = "psp_" + UUID.randomUUID().toString().replace("-", "").substring(0, 24);
        var now = clock.now();
        var authorised = PspWebhook.of("payment.authorised", now, paymentId, reference, amount);
        var declined = PspWebhook.of("payment.declined", now, paymentId, reference, amount);
        switch (method) {
            case TIMEOUT -> {
                save(paymentId, reference, method, amount, NOT_COMPLETED);
                Thread.sleep(timeout.multipliedBy(2).plusMillis(200).toMillis());
                return new PspOutcome.Pending(reference);
            }
            case DECLINE -> {
                save(paymentId, reference, method, amount, "DECLINED");
                webhooks.send(List.of(declined), 1);
                return new PspOutcome.Declined(reference, "declined by the card issuer");
            }
            case PENDING_APPROVE, PENDING_DECLINE -> {
                var approve = method.equals(PENDING_APPROVE);
                save(paymentId, reference, method, amount, "PENDING", Map.of(
                        DECIDE_AT, now.plus(webhooks.delay()).toString(),
                        DECISION, approve ? "AUTHORISED" : "DECLINED"));
                webhooks.send(List.of(approve ? authorised : declined), 1, () -> decideIfDue(paymentId));
                return new PspOutcome.Pending(reference);
            }
            case OUT_OF_ORDER_WEBHOOKS -> {
                save(paymentId, reference, method, amount, "AUTHORISED");
                heldBack.put(paymentId, authorised);
                return new PspOutcome.Authorised(reference);
            }
            default -> {
                save(paymentId, reference, method, amount, "AUTHORISED");
                webhooks.send(List.of(authorised), copies(method));
                return new PspOutcome.Authorised(reference);
            }
        }
    }

    @Override
    public GatewayAnswer capture(PaymentId payment, String pspReference, Money amount) {
        var paymentId = payment.value();
        var row = state(paymentId);
        if (row.isEmpty()) {
            return new GatewayAnswer.Failed("the PSP knows no payment " + paymentId);
        }
        var method = text(row.get(), "method");
        if (method.equals(CAPTURE_ERROR)) {
            return new GatewayAnswer.Failed("the PSP failed to capture (simulated)");
        }
        var state = text(row.get(), "state");
        if (state.equals("CAPTURED") || state.equals("REFUNDED")) {
            return new GatewayAnswer.Done();
        }
        if (!state.equals("AUTHORISED")) {
            return new GatewayAnswer.Failed("the PSP holds the payment as " + state);
        }
        var reference = text(row.get(), "pspReference");
        save(paymentId, reference, method, money(row.get()), "CAPTURED");
        var captured = PspWebhook.of("payment.captured", clock.now(), paymentId, reference, money(row.get()));
        var late = heldBack.remove(paymentId);
        webhooks.send(late == null ? List.of(captured) : List.of(captured, late), copies(method));
        return new GatewayAnswer.Done();
    }

    @Override
    public GatewayAnswer voidAuthorisation(PaymentId payment, String pspReference) {
        var paymentId = payment.value();
        var row = state(paymentId);
        heldBack.remove(paymentId);
        if (row.isEmpty()) {
            return new GatewayAnswer.Done();
        }
        var state = text(row.get(), "state");
        if (state.equals("CAPTURED") || state.equals("REFUNDED")) {
            return new GatewayAnswer.Failed("a captured payment is refunded, not voided");
        }
        save(paymentId, text(row.get(), "pspReference"), text(row.get(), "method"), money(row.get()), "VOIDED");
        return new GatewayAnswer.Done();
    }

    @Override
    public GatewayAnswer refund(PaymentId payment, String pspReference, String refundKey, Money amount) {
        var paymentId = payment.value();
        var row = state(paymentId);
        if (row.isEmpty()) {
            return new GatewayAnswer.Failed("the PSP knows no payment " + paymentId);
        }
        var state = text(row.get(), "state");
        if (!state.equals("CAPTURED") && !state.equals("REFUNDED")) {
            return new GatewayAnswer.Failed("the PSP holds the payment as " + state + "; nothing to refund");
        }
        try {
            tables.insert(TABLE, TableEntity.of(REFUNDS, refundKey, Map.of("paymentId", paymentId,
                    "amount", Long.toString(amount.amount()))));
        } catch (ConflictException alreadyRefunded) {
            return new GatewayAnswer.Done();
        }
        var refunded = Long.parseLong(text(row.get(), "refunded")) + amount.amount();
        var total = money(row.get());
        var reference = text(row.get(), "pspReference");
        var properties = new HashMap<>(row.get().properties());
        properties.put("refunded", Long.toString(refunded));
        properties.put("state", refunded >= total.amount() ? "REFUNDED" : "CAPTURED");
        tables.upsert(TABLE, TableEntity.of(PAYMENTS, paymentId, properties));
        webhooks.send(List.of(PspWebhook.of("payment.refunded", clock.now(), paymentId, reference, amount)),
                copies(text(row.get(), "method")));
        return new GatewayAnswer.Done();
    }

    @Override
    public PspStatus retrieve(PaymentId payment) {
        var paymentId = payment.value();
        decideIfDue(paymentId);
        var row = state(paymentId);
        if (row.isEmpty() || text(row.get(), "state").equals(NOT_COMPLETED)) {
            return new PspStatus(PspStatus.State.UNKNOWN, row.map(r -> text(r, "pspReference")).orElse(null));
        }
        return new PspStatus(PspStatus.State.valueOf(text(row.get(), "state")), text(row.get(), "pspReference"));
    }

    @Override
    public void close() {
        calls.shutdownNow();
        webhooks.close();
    }

    /** Applies a pending payment's decision once its time has come (also after a restart, when its webhook is lost). */
    private void decideIfDue(String paymentId) {
        var row = state(paymentId);
        if (row.isEmpty() || !text(row.get(), "state").equals("PENDING") || text(row.get(), DECIDE_AT).isEmpty()
                || clock.now().isBefore(Instant.parse(text(row.get(), DECIDE_AT)))) {
            return;
        }
        save(paymentId, text(row.get(), "pspReference"), text(row.get(), "method"), money(row.get()),
                text(row.get(), DECISION));
    }

    private static int copies(String method) {
        return method.equals(DUPLICATE_WEBHOOKS) ? 3 : 1;
    }

    private PspOutcome outcomeOf(TableEntity row) {
        var reference = text(row, "pspReference");
        return switch (text(row, "state")) {
            case "DECLINED", "VOIDED" -> new PspOutcome.Declined(reference, "declined by the card issuer");
            case "PENDING", NOT_COMPLETED -> new PspOutcome.Pending(reference);
            default -> new PspOutcome.Authorised(reference);
        };
    }

    private Optional<TableEntity> state(String paymentId) {
        return tables.get(TABLE, PAYMENTS, paymentId);
    }

    private void save(String paymentId, String reference, String method, Money amount, String state) {
        save(paymentId, reference, method, amount, state, Map.of());
    }

    private void save(String paymentId, String reference, String method, Money amount, String state,
            Map<String, String> extra) {
        var existing = state(paymentId);
        var properties = new HashMap<String, Object>(extra);
        properties.put("pspReference", reference);
        properties.put("method", method);
        properties.put("amount", Long.toString(amount.amount()));
        properties.put("currency", amount.currency());
        properties.put("state", state);
        properties.put("refunded", existing.map(r -> text(r, "refunded")).orElse("0"));
        tables.upsert(TABLE, TableEntity.of(PAYMENTS, paymentId, properties));
    }

    private static String text(TableEntity row, String name) {
        var value = row.properties().get(name);
        return value == null ? "" : value.toString();
    }

    private static Money money(TableEntity row) {
        return Money.of(Long.parseLong(text(row, "amount")), text(row, "currency"));
    }
}
