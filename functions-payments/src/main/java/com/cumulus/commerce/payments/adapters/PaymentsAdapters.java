package com.cumulus.commerce.payments.adapters;

import com.cumulus.commerce.payments.application.LedgerJournal;
import com.cumulus.commerce.payments.application.PaymentGateway;
import com.cumulus.commerce.payments.application.Payments;
import com.cumulus.commerce.payments.application.PspEventReader;
import com.cumulus.commerce.payments.application.RefundApprovals;
import com.cumulus.commerce.payments.application.WebhookSecrets;
import com.cumulus.commerce.platform.Clock;
import com.cumulus.commerce.platform.documents.Documents;
import com.cumulus.commerce.platform.events.Outbox;
import com.cumulus.commerce.platform.ledger.Ledger;
import com.cumulus.commerce.platform.messaging.Queues;
import com.cumulus.commerce.platform.messaging.Topics;
import com.cumulus.commerce.platform.secrets.Secrets;
import com.cumulus.commerce.platform.tables.KeyValueTables;
import java.net.URI;
import java.time.Duration;
import java.util.function.Supplier;

/** Builds the payments ports on the platform's ports; the adapters themselves stay package-private. */
public final class PaymentsAdapters {

    public static final String PAYMENTS = "payments";
    public static final String PAYMENT_EVENTS = "payment-events";
    public static final String REFUND_APPROVALS = "refund-approvals";
    public static final String ORDERS_REFUNDS = "orders-refunds";
    public static final String WEBHOOK_SECRET = VaultWebhookSecrets.CURRENT;
    public static final String WEBHOOK_SECRET_PREVIOUS = VaultWebhookSecrets.PREVIOUS;

    private PaymentsAdapters() {
    }

    public static Payments payments(Documents documents) {
        return new DocumentPayments(documents.container(PAYMENTS));
    }

    /** The journal on the ledger database, migrated to the current schema first. */
    public static LedgerJournal journal(Ledger ledger) {
        LedgerMigrations.migrate(ledger.dataSource());
        return new JdbcLedgerJournal(ledger.dataSource());
    }

    /**
     * The simulated PSP: its state in {@code tables}, its webhooks signed with the current webhook secret and
     * posted to {@code webhookEndpoint}, looked up when the first one is sent.
     */
    public static PaymentGateway simulatedGateway(KeyValueTables tables, Secrets secrets, Clock clock,
            Supplier<URI> webhookEndpoint, Duration pspTimeout, Duration webhookDelay) {
        var sender = new PspWebhookSender(webhookEndpoint, () -> secrets.getOrCreateRandom(WEBHOOK_SECRET), clock,
                webhookDelay);
        return new SimulatedPaymentGateway(tables, sender, clock, pspTimeout);
    }

    /** Generates the webhook secret into the vault the first time (its value is never logged). */
    public static WebhookSecrets webhookSecrets(Secrets secrets) {
        secrets.getOrCreateRandom(WEBHOOK_SECRET);
        return new VaultWebhookSecrets(secrets);
    }

    public static PspEventReader pspEventReader() {
        return new JsonPspEventReader();
    }

    public static RefundApprovals refundApprovals(Queues queues) {
        return new QueueRefundApprovals(queues);
    }

    /** The payments container's outbox, relayed to {@code payment-events}. */
    public static Outbox outbox(Documents documents, Topics topics) {
        return new Outbox(documents.container(PAYMENTS), topics, PAYMENT_EVENTS);
    }
}
