package com.cumulus.commerce.platform.local;

import java.time.Instant;

/**
 * A peek-lock held in memory only: after a restart no lock survives and the messages are deliverable at once,
 * as after a broker failover. {@code deliveryCount} is the count persisted when the lock was taken.
 */
record MessageLock(String entityPath, String token, Instant lockedUntil, Instant firstLockedAt, int deliveryCount) {

    boolean heldBy(String entity, String lockToken, Instant now) {
        return entityPath.equals(entity) && token.equals(lockToken) && now.isBefore(lockedUntil);
    }

    MessageLock renewedUntil(Instant until) {
        return new MessageLock(entityPath, token, until, firstLockedAt, deliveryCount);
    }
}
