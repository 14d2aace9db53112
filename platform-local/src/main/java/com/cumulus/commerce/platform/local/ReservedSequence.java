package com.cumulus.commerce.platform.local;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Increasing numbers (LSNs, sequence numbers) handed out from memory under the database's write lock. Only a
 * ceiling reserved ahead of the numbers is stored, in the same transaction as the write that first needs it,
 * so a write costs no extra page in the WAL except once per {@link #BLOCK} numbers. Every committed number
 * is at most the stored ceiling; a reopened store starts above it, so no number is ever handed out twice, not
 * even after the row that held the highest one was deleted. Numbers left unused at a restart or by a
 * rolled-back write are gaps, as in Cosmos DB LSNs and Service Bus sequence numbers.
 */
final class ReservedSequence {

    static final long BLOCK = 1_000;

    private final Ceiling ceiling;
    private long last;
    private long reserved;

    /**
     * {@code start} is the highest number that may have been handed out: the stored ceiling, or the highest
     * number still in the data if that is higher (a store written before ceilings were kept ahead).
     */
    ReservedSequence(SqliteDatabase db, long start, Ceiling ceiling) {
        this.ceiling = ceiling;
        this.last = start;
        this.reserved = start;
        // the rolled-back transaction may have stored the ceiling this object relies on: store it again
        db.onRollback(() -> reserved = last);
    }

    /** Call only inside a write transaction of the database this sequence was created with. */
    long next(Connection c) throws SQLException {
        if (last >= reserved) {
            ceiling.store(c, last + BLOCK);
            reserved = last + BLOCK;
        }
        return ++last;
    }

    /** Stores the new ceiling in the current write transaction. */
    @FunctionalInterface
    interface Ceiling {
        void store(Connection c, long ceiling) throws SQLException;
    }
}
