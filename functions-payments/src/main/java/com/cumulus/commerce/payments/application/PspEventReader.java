package com.cumulus.commerce.payments.application;

import java.util.Optional;

/** Reads a webhook body into an event; empty when it is not one. */
@FunctionalInterface
public interface PspEventReader {

    Optional<PspEvent> read(String body);
}
