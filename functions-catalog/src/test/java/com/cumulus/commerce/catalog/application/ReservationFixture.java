package com.cumulus.commerce.catalog.application;

import com.cumulus.commerce.platform.kernel.OrderId;
import com.cumulus.commerce.platform.kernel.Sku;
import com.cumulus.commerce.catalog.adapters.CatalogAdapters;
import com.cumulus.commerce.catalog.model.Reservation;
import com.cumulus.commerce.catalog.model.ReservationLine;
import com.cumulus.commerce.catalog.model.StockLevel;
import com.cumulus.commerce.platform.contract.ManualClock;
import com.cumulus.commerce.platform.events.Inbox;
import com.cumulus.commerce.platform.local.LocalPlatform;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The catalog's reservation use cases on the real embedded platform in a temporary folder, with a manual clock. */
public final class ReservationFixture implements AutoCloseable {

    public static final Duration TTL = Duration.ofMinutes(15);

    public final ManualClock clock = ManualClock.startingAt("2026-11-24T12:00:00Z");
    public final LocalPlatform platform;
    public final StockLevels stockLevels;
    public final Reservations reservations;
    public final ReserveStock reserveStock;
    public final CommitReservation commitReservation;
    public final ReleaseReservation releaseReservation;
    public final ReleaseExpiredReservations releaseExpired;
    public final ReleaseCancelledOrder releaseCancelled;

    public ReservationFixture(Path dataDir) {
        platform = new LocalPlatform(dataDir, clock);
        stockLevels = CatalogAdapters.stockLevels(platform.documents());
        reservations = CatalogAdapters.reservations(platform.documents());
        reserveStock = new ReserveStock(reservations, stockLevels, clock, TTL);
        commitReservation = new CommitReservation(reservations, stockLevels, clock);
        releaseReservation = new ReleaseReservation(reservations, stockLevels, clock);
        releaseExpired = new ReleaseExpiredReservations(reservations, stockLevels, clock);
        releaseCancelled = new ReleaseCancelledOrder(new Inbox(platform.tables(), clock, platform.instance()), releaseReservation);
    }

    /** A valid order id, distinct per {@code n}. */
    public static OrderId order(int n) {
        var digits = Integer.toString(n, 32).chars()
                .map(c -> "abcdefghijklmnopqrstuvwxyz234567".charAt(Character.digit(c, 32)))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append);
        return OrderId.of("ord_" + "a".repeat(26 - digits.length()) + digits);
    }

    public static List<ReservationLine> lines(Object... skuAndQuantity) {
        var lines = new ArrayList<ReservationLine>();
        for (int i = 0; i < skuAndQuantity.length; i += 2) {
            lines.add(new ReservationLine(Sku.of((String) skuAndQuantity[i]), ((Number) skuAndQuantity[i + 1]).longValue()));
        }
        return lines;
    }

    public void stock(String sku, long onHand) {
        stockLevels.create(new StockLevel(Sku.of(sku), onHand)).orElseThrow();
    }

    public StockLevel level(String sku) {
        return stockLevels.find(Sku.of(sku)).orElseThrow().value();
    }

    public Reservation reservation(OrderId orderId) {
        return reservations.find(orderId).orElseThrow().value();
    }

    @Override
    public void close() {
        platform.close();
    }
}
