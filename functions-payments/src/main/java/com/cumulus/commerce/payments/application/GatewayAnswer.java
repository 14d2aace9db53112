package com.cumulus.commerce.payments.application;

/** The PSP's answer to a capture, void or refund. */
public sealed interface GatewayAnswer {

    record Done() implements GatewayAnswer {
    }

    /** The PSP failed or refused; {@code reason} is for logs and problem details, never a secret. */
    record Failed(String reason) implements GatewayAnswer {
    }
}
