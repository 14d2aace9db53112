package com.cumulus.commerce.platform;

import java.util.Objects;
import java.util.UUID;

/**
 * This process among those that share the platform's stores: an id, new at every start, that work it claims
 * records as its holder, and what the platform can tell about a claim's holder. Where this process is the only
 * one on its stores ({@code soleUser}: devhost holds its data folder's lock), a claim held by any other id was
 * left by a process that is gone. Where several instances share them (Azure scales out), it cannot tell.
 */
public record ProcessInstance(String id, boolean soleUser) {

    public ProcessInstance {
        Objects.requireNonNull(id, "'id' must not be null");
    }

    /** A fresh id for a process that has just started. */
    public static ProcessInstance started(boolean soleUser) {
        return new ProcessInstance(UUID.randomUUID().toString(), soleUser);
    }

    /**
     * Whether work claimed by {@code holder} may still be running: always unless this process is the sole user of
     * the stores and the holder is another, earlier one. A claim that names no holder cannot tell.
     */
    public boolean mayStillRun(String holder) {
        return holder == null || holder.equals(id) || !soleUser;
    }
}
