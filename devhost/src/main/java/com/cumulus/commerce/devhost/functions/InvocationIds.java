package com.cumulus.commerce.devhost.functions;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Version-4 UUIDs for invocation ids; they need to be unique, not unguessable, so no SecureRandom per request. */
public final class InvocationIds {

    private InvocationIds() {
    }

    public static String next() {
        var random = ThreadLocalRandom.current();
        long msb = (random.nextLong() & ~0xF000L) | 0x4000L;
        long lsb = (random.nextLong() & ~(0xC000000000000000L)) | 0x8000000000000000L;
        return new UUID(msb, lsb).toString();
    }
}
