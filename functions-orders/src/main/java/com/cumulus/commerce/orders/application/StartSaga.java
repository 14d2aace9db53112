package com.cumulus.commerce.orders.application;

import com.cumulus.commerce.platform.kernel.OrderId;
import com.cumulus.commerce.platform.Clock;
import java.util.Objects;
import java.util.Optional;

/**
 * The first step of the checkout saga: the workflow run claims the order. Service Bus may deliver one
 * order-placed event twice and so start two runs; the first to claim drives the order, the other learns it is a
 * duplicate and stops. The same run asking again (a retried action) is not a duplicate.
 */
public final class StartSaga {

    private final Orders orders;
    private final OrderChanges changes;
    private final Clock clock;

    public StartSaga(Orders orders, Clock clock) {
        this.orders = Objects.requireNonNull(orders, "'orders' must not be null");
        this.changes = new OrderChanges(orders);
        this.clock = Objects.requireNonNull(clock, "'clock' must not be null");
    }

    /** Empty when there is no such order. */
    public Optional<SagaStart> start(OrderId id, String runId) {
        if (runId == null || runId.isBlank()) {
            throw new IllegalArgumentException("'runId' must not be blank");
        }
        return changes.update(() -> orders.find(id),
                        order -> order.sagaRunId().isPresent() ? Optional.empty()
                                : Optional.of(order.withSagaRun(runId, clock.now())))
                .map(order -> new SagaStart(order, !order.sagaRunId().orElse(runId).equals(runId)));
    }
}
