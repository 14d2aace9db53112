package com.cumulus.commerce.platform.local;

import java.security.SecureRandom;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * ETags and lock tokens in UUID form: 64 random bits drawn once per instance, then a counter. Unique across
 * instances, restarts and processes like a random UUID, without a {@link SecureRandom} draw on every write.
 * They only need to differ, not to be unguessable: nothing local treats them as a secret.
 */
final class UniqueIds {

    private final long prefix = new SecureRandom().nextLong();
    private final AtomicLong counter = new AtomicLong();

    String next() {
        return new UUID(prefix, counter.incrementAndGet()).toString();
    }

    /** A new ETag: a quoted unique id, as Cosmos DB and Table storage send them. */
    String etag() {
        return "\"" + next() + "\"";
    }
}
