package com.cumulus.commerce.platform.events;

import com.cumulus.commerce.platform.Clock;
import com.cumulus.commerce.platform.ProcessInstance;
import com.cumulus.commerce.platform.documents.ConflictException;
import com.cumulus.commerce.platform.documents.NotFoundException;
import com.cumulus.commerce.platform.documents.PreconditionFailedException;
import com.cumulus.commerce.platform.tables.KeyValueTables;
import com.cumulus.commerce.platform.tables.TableEntity;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The events one consumer has handled, by event id, so that a redelivered event (at-least-once delivery
 * everywhere) is handled once however many copies arrive, one after another or at the same instant.
 *
 * <p>A delivery first claims the event id with an insert-if-absent (409 for every other copy), runs the handler,
 * then marks the claim handled. A copy that finds a claim waits: it answers "duplicate" once the event is
 * handled, and claims the event itself if the handler failed (the claim is then deleted, so the redelivery runs
 * the handler). A claim names its holder and is a lease: a process that dies between claiming and handling leaves
 * its claim behind, and a delivery takes it over (an If-Match replace, so one taker wins) at once where the
 * platform can tell the holder is gone ({@link ProcessInstance}: devhost after a restart), else once the claim is
 * older than the lease — the same rule as the Idempotency-Key's in-flight records. A
 * handler that outlives its lease may therefore run twice, and a crash after the handler's effect and before the
 * mark runs it again: effects stay at-least-once, so handlers stay idempotent. What the inbox promises is that
 * no two deliveries both report the event as handled while the claim holds, and that no claim swallows an event.
 */
public final class Inbox {

    public static final String TABLE = "inbox";

    /**
     * Shorter than Service Bus's 60 s message lock, so a message redelivered after a crash takes its orphaned claim
     * over before its own lock runs out.
     */
    public static final Duration DEFAULT_LEASE = Duration.ofSeconds(30);

    private static final String STATE = "state";
    private static final String CLAIMED = "claimed";
    private static final String CLAIMED_AT = "claimedAt";
    private static final String HOLDER = "holder";
    private static final String HANDLED_AT = "handledAt";
    private static final long FIRST_PAUSE_MILLIS = 2;
    private static final long LONGEST_PAUSE_MILLIS = 100;

    private final KeyValueTables tables;
    private final Clock clock;
    private final ProcessInstance instance;
    private final Duration lease;

    /** @param instance this process, recorded as the holder of its claims */
    public Inbox(KeyValueTables tables, Clock clock, ProcessInstance instance) {
        this(tables, clock, instance, DEFAULT_LEASE);
    }

    /** @param lease how long a claim whose holder may still run keeps other deliveries waiting */
    public Inbox(KeyValueTables tables, Clock clock, ProcessInstance instance, Duration lease) {
        this.tables = Objects.requireNonNull(tables, "'tables' must not be null");
        this.clock = Objects.requireNonNull(clock, "'clock' must not be null");
        this.instance = Objects.requireNonNull(instance, "'instance' must not be null");
        this.lease = Objects.requireNonNull(lease, "'lease' must not be null");
        if (lease.isNegative() || lease.isZero()) {
            throw new IllegalArgumentException("'lease' must be positive");
        }
    }

    /**
     * Runs {@code handler} unless {@code consumer} already handled {@code eventId}; a copy delivered while another
     * runs the handler waits for it. An exception from the handler passes through and leaves the event unhandled.
     *
     * @return true when this call ran the handler, false for a duplicate
     */
    public boolean handleOnce(String consumer, String eventId, Runnable handler) {
        requireKey(consumer, "consumer");
        requireKey(eventId, "eventId");
        Objects.requireNonNull(handler, "'handler' must not be null");
        long pause = FIRST_PAUSE_MILLIS;
        while (true) {
            Optional<TableEntity> claim = claim(consumer, eventId);
            if (claim.isPresent()) {
                run(claim.get(), handler);
                return true;
            }
            Optional<TableEntity> existing = tables.get(TABLE, consumer, eventId);
            if (existing.isEmpty()) {
                continue; // the claim was released by a failed handler: claim it again
            }
            if (!isClaim(existing.get())) {
                return false;
            }
            if (abandoned(existing.get())) {
                Optional<TableEntity> taken = takeOver(existing.get());
                if (taken.isPresent()) {
                    run(taken.get(), handler);
                    return true;
                }
                continue;
            }
            pause(pause);
            pause = Math.min(LONGEST_PAUSE_MILLIS, pause * 2);
        }
    }

    /** Whether {@code consumer} finished handling {@code eventId} (a claim still running does not count). */
    public boolean handled(String consumer, String eventId) {
        return tables.get(TABLE, consumer, eventId).filter(entity -> !isClaim(entity)).isPresent();
    }

    private Optional<TableEntity> claim(String consumer, String eventId) {
        try {
            return Optional.of(tables.insert(TABLE, claimEntity(consumer, eventId)));
        } catch (ConflictException anotherDelivery) {
            return Optional.empty();
        }
    }

    private Optional<TableEntity> takeOver(TableEntity stale) {
        try {
            return Optional.of(tables.replace(TABLE, claimEntity(stale.partitionKey(), stale.rowKey()), stale.etag()));
        } catch (PreconditionFailedException | NotFoundException anotherDeliveryMovedFirst) {
            return Optional.empty();
        }
    }

    private void run(TableEntity claim, Runnable handler) {
        try {
            handler.run();
        } catch (RuntimeException | Error e) {
            try {
                tables.delete(TABLE, claim.partitionKey(), claim.rowKey());
            } catch (RuntimeException cleanup) {
                // the claim stays until its lease runs out, then a redelivery takes it over
                e.addSuppressed(cleanup);
            }
            throw e;
        }
        try {
            tables.replace(TABLE, TableEntity.of(claim.partitionKey(), claim.rowKey(),
                    Map.of(HANDLED_AT, clock.now().toString())), claim.etag());
        } catch (PreconditionFailedException | NotFoundException leaseTakenOver) {
            // This handler outlived its lease and another delivery took the event over; both ran an idempotent
            // handler, and the other one records it.
        }
    }

    private TableEntity claimEntity(String consumer, String eventId) {
        return TableEntity.of(consumer, eventId,
                Map.of(STATE, CLAIMED, CLAIMED_AT, clock.now().toString(), HOLDER, instance.id()));
    }

    private boolean abandoned(TableEntity claim) {
        Object holder = claim.properties().get(HOLDER);
        return !instance.mayStillRun(holder == null ? null : holder.toString())
                || !clock.now().isBefore(claimedAt(claim).plus(lease));
    }

    /** Records written before claims existed carry only {@code handledAt}: handled. */
    private static boolean isClaim(TableEntity entity) {
        return CLAIMED.equals(entity.properties().get(STATE));
    }

    private static Instant claimedAt(TableEntity claim) {
        try {
            return Instant.parse(String.valueOf(claim.properties().get(CLAIMED_AT)));
        } catch (DateTimeParseException unreadable) {
            return Instant.EPOCH; // a claim nobody can date is taken over rather than waited on forever
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while another delivery of the event was being handled", e);
        }
    }

    private static void requireKey(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("'" + name + "' must not be blank");
        }
        // Table Storage refuses these characters in keys.
        if (value.chars().anyMatch(c -> c == '/' || c == '\\' || c == '#' || c == '?' || c < 0x20)) {
            throw new IllegalArgumentException("'" + name + "' must not contain / \\ # ? or control characters");
        }
    }
}
