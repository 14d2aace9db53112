package com.cumulus.commerce.platform.events;

import com.cumulus.commerce.platform.Clock;
import com.cumulus.commerce.platform.documents.ConflictException;
import com.cumulus.commerce.platform.tables.KeyValueTables;
import com.cumulus.commerce.platform.tables.TableEntity;
import java.util.Map;
import java.util.Objects;

/**
 * The events one consumer has handled, by event id, so that a redelivered event (at-least-once delivery
 * everywhere) is dropped. An event is recorded only after its handler succeeded: a crash in between means the
 * handler runs again, so handlers stay idempotent and the inbox saves the repeated work and side effects.
 */
public final class Inbox {

    public static final String TABLE = "inbox";

    private final KeyValueTables tables;
    private final Clock clock;

    public Inbox(KeyValueTables tables, Clock clock) {
        this.tables = Objects.requireNonNull(tables, "'tables' must not be null");
        this.clock = Objects.requireNonNull(clock, "'clock' must not be null");
    }

    /**
     * Runs {@code handler} unless {@code consumer} already handled {@code eventId}.
     *
     * @return true when the handler ran, false for a duplicate
     */
    public boolean handleOnce(String consumer, String eventId, Runnable handler) {
        requireKey(consumer, "consumer");
        requireKey(eventId, "eventId");
        Objects.requireNonNull(handler, "'handler' must not be null");
        if (tables.get(TABLE, consumer, eventId).isPresent()) {
            return false;
        }
        handler.run();
        try {
            tables.insert(TABLE, TableEntity.of(consumer, eventId, Map.of("handledAt", clock.now().toString())));
        } catch (ConflictException concurrentDuplicate) {
            // Another delivery of the same event finished first; both ran an idempotent handler.
        }
        return true;
    }

    public boolean handled(String consumer, String eventId) {
        return tables.get(TABLE, consumer, eventId).isPresent();
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
