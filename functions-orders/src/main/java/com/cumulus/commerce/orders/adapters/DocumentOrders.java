package com.cumulus.commerce.orders.adapters;

import com.cumulus.commerce.platform.kernel.OrderId;
import com.cumulus.commerce.platform.documents.InvalidContinuationTokenException;
import com.cumulus.commerce.orders.application.OrderEvent;
import com.cumulus.commerce.orders.application.Orders;
import com.cumulus.commerce.orders.model.Order;
import com.cumulus.commerce.platform.documents.BatchFailedException;
import com.cumulus.commerce.platform.documents.BatchOperation;
import com.cumulus.commerce.platform.documents.ConflictException;
import com.cumulus.commerce.platform.documents.Document;
import com.cumulus.commerce.platform.documents.DocumentContainer;
import com.cumulus.commerce.platform.documents.DocumentQuery;
import com.cumulus.commerce.platform.documents.Page;
import com.cumulus.commerce.platform.documents.PreconditionFailedException;
import com.cumulus.commerce.platform.events.Outbox;
import com.cumulus.commerce.platform.events.OutboxEvent;
import com.cumulus.commerce.platform.http.Json;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Orders in the {@code orders} container, partitioned by customer id. That choice makes what happens most
 * single-partition: a customer's order list and every owner read are queries and point reads inside the caller's
 * own partition (so another customer's order cannot even be addressed), and an order is written with its outbox
 * events in one transactional batch, which Cosmos DB allows only within one partition. The saga knows only the
 * order id, so checkout first writes a small owner document (partition = order id, written idempotently by
 * upsert) that maps the id to its customer; a saga route costs one extra point read.
 */
final class DocumentOrders implements Orders {

    static final String CONTAINER = "orders";

    private final DocumentContainer container;

    DocumentOrders(DocumentContainer container) {
        this.container = container;
    }

    @Override
    public Placement place(Order order, OrderEvent placed) {
        try {
            var written = container.executeBatch(order.customerId(), List.of(
                    new BatchOperation.Create(order.id().value(), Json.write(OrderDocument.of(order))),
                    Outbox.entry(order.customerId(), outboxEvent(placed))));
            return new Placement(toOrder(written.get(0)), true);
        } catch (BatchFailedException e) {
            if (e.index() == 0 && e.getCause() instanceof ConflictException) {
                var stored = findOwned(order.customerId(), order.id())
                        .orElseThrow(() -> new IllegalStateException("order " + order.id() + " conflicts but is gone"));
                return new Placement(stored, false);
            }
            throw e;
        }
    }

    @Override
    public void recordOwner(OrderId orderId, String customerId) {
        container.upsert(orderId.value(), orderId.value(),
                Json.write(OwnerDocument.of(orderId.value(), customerId)));
    }

    @Override
    public Optional<Order> findOwned(String customerId, OrderId orderId) {
        return container.read(customerId, orderId.value())
                .filter(document -> OrderDocument.KIND.equals(read(document, OwnerDocument.class).kind()))
                .map(DocumentOrders::toOrder)
                .filter(order -> order.customerId().equals(customerId));
    }

    @Override
    public Optional<Order> find(OrderId orderId) {
        return container.read(orderId.value(), orderId.value())
                .map(document -> read(document, OwnerDocument.class))
                .filter(owner -> OwnerDocument.KIND.equals(owner.kind()))
                .flatMap(owner -> findOwned(owner.customerId(), orderId));
    }

    @Override
    public Optional<Order> update(Order changed, List<OrderEvent> events) {
        var operations = new ArrayList<BatchOperation>();
        operations.add(new BatchOperation.Replace(changed.id().value(), Json.write(OrderDocument.of(changed)),
                changed.etag()));
        for (var event : events) {
            operations.add(Outbox.entry(changed.customerId(), outboxEvent(event)));
        }
        try {
            return Optional.of(toOrder(container.executeBatch(changed.customerId(), operations).get(0)));
        } catch (BatchFailedException e) {
            if (e.index() == 0 && e.getCause() instanceof PreconditionFailedException) {
                return Optional.empty();
            }
            throw e;
        }
    }

    @Override
    public Optional<Page<Order>> listOwned(String customerId, int limit, String continuationToken) {
        var query = new DocumentQuery(customerId,
                List.of(new DocumentQuery.Compare("kind", DocumentQuery.Operator.EQ, OrderDocument.KIND)),
                new DocumentQuery.Sort("placedAtMillis", true), limit, continuationToken);
        Page<Document> page;
        try {
            page = container.query(query);
        } catch (InvalidContinuationTokenException e) {
            return Optional.empty();
        }
        return Optional.of(new Page<>(page.items().stream().map(DocumentOrders::toOrder).toList(),
                page.continuationToken()));
    }

    /** The event as the CloudEvent the outbox keeps, in the order's customer partition beside the order. */
    private static OutboxEvent outboxEvent(OrderEvent event) {
        return OutboxEvent.of(event.id(), event.type(), URI.create(OrderEvent.SOURCE), event.orderId().value(),
                event.time(), Json.write(event.data()), event.traceparent());
    }

    private static Order toOrder(Document document) {
        return read(document, OrderDocument.class).toOrder(document.etag());
    }

    private static <T> T read(Document document, Class<T> type) {
        try {
            return Json.mapper().readValue(document.json(), type);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("document " + document.id() + " is not a readable " + type.getSimpleName(), e);
        }
    }
}
