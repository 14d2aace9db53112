package com.cumulus.commerce.payments.application;

import com.cumulus.commerce.platform.money.Money;

/** The payment service provider: authorises, captures, voids and refunds, and says where a payment stands. */
public interface PaymentGateway {

    /** Never throws for a PSP failure: a call that does not complete in time answers {@link AuthorisationAnswer.Unknown}. */
    AuthorisationAnswer authorise(String paymentId, Money amount, String paymentMethod);

    GatewayAnswer capture(String paymentId, String pspReference, Money amount);

    GatewayAnswer voidAuthorisation(String paymentId, String pspReference);

    /** Idempotent per {@code refundId}. */
    GatewayAnswer refund(String paymentId, String pspReference, String refundId, Money amount);

    /** The PSP's own record of the payment; {@link PspStatus.State#UNKNOWN} when it never completed one. */
    PspStatus retrieve(String paymentId);
}
