package com.cumulus.commerce.catalog.adapters;

import com.cumulus.commerce.platform.kernel.OrderId;
import com.cumulus.commerce.catalog.application.Reservations;
import com.cumulus.commerce.catalog.application.Versioned;
import com.cumulus.commerce.catalog.model.Reservation;
import com.cumulus.commerce.catalog.model.ReservationStatus;
import com.cumulus.commerce.platform.documents.ConflictException;
import com.cumulus.commerce.platform.documents.Document;
import com.cumulus.commerce.platform.documents.DocumentContainer;
import com.cumulus.commerce.platform.documents.DocumentQuery;
import com.cumulus.commerce.platform.documents.DocumentQuery.Compare;
import com.cumulus.commerce.platform.documents.DocumentQuery.Operator;
import com.cumulus.commerce.platform.documents.NotFoundException;
import com.cumulus.commerce.platform.documents.PreconditionFailedException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Reservations in a document container, one per order in the order's partition. {@code expiresAt} is stored in
 * whole seconds ({@code 2026-11-24T12:15:00Z}), so the ISO strings compare in time order in a query.
 */
final class DocumentReservations implements Reservations {

    private final DocumentContainer container;

    DocumentReservations(DocumentContainer container) {
        this.container = Objects.requireNonNull(container, "'container' must not be null");
    }

    @Override
    public Optional<Versioned<Reservation>> find(OrderId orderId) {
        return container.read(orderId.value(), orderId.value()).map(DocumentReservations::versioned);
    }

    @Override
    public Optional<Versioned<Reservation>> create(Reservation reservation) {
        try {
            // the reservation as written, with its ETag: reading back what was just written would parse it again
            return Optional.of(new Versioned<>(reservation, container.create(reservation.orderId().value(),
                    reservation.orderId().value(), json(reservation)).etag()));
        } catch (ConflictException e) {
            return Optional.empty();
        }
    }

    @Override
    public Optional<Versioned<Reservation>> replace(Reservation reservation, String expectedEtag) {
        try {
            return Optional.of(new Versioned<>(reservation, container.replace(reservation.orderId().value(),
                    reservation.orderId().value(), json(reservation), expectedEtag).etag()));
        } catch (PreconditionFailedException | NotFoundException e) {
            return Optional.empty();
        }
    }

    @Override
    public List<Versioned<Reservation>> findDue(Instant now, int limit) {
        return query(List.of(
                new Compare("status", Operator.EQ, ReservationStatus.HELD.name()),
                new Compare("expiresAt", Operator.LE, now.truncatedTo(ChronoUnit.SECONDS).toString())),
                new DocumentQuery.Sort("expiresAt", false), limit);
    }

    @Override
    public List<Versioned<Reservation>> findUnsettled(int limit) {
        return query(List.of(
                new Compare("stockWork", Operator.EQ, ReservationDocument.PENDING),
                new Compare("status", Operator.NE, ReservationStatus.HELD.name())), null, limit);
    }

    private List<Versioned<Reservation>> query(List<DocumentQuery.Filter> filters, DocumentQuery.Sort sort, int limit) {
        return container.query(new DocumentQuery(null, filters, sort, limit, null)).items().stream()
                .map(DocumentReservations::versioned)
                .toList();
    }

    private static String json(Reservation reservation) {
        var truncated = new Reservation(reservation.orderId(), reservation.lines(), reservation.status(),
                reservation.expiresAt().truncatedTo(ChronoUnit.SECONDS), reservation.committed(), reservation.settled());
        return DocumentJson.write(ReservationDocument.of(truncated));
    }

    private static Versioned<Reservation> versioned(Document document) {
        return new Versioned<>(DocumentJson.read(document.json(), ReservationDocument.class).toReservation(),
                document.etag());
    }
}
