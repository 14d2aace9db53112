package com.cumulus.commerce.payments.application;

import com.cumulus.commerce.payments.model.PaymentId;
import com.cumulus.commerce.payments.model.RefundId;
import com.cumulus.commerce.platform.money.Money;

/** The payment service provider: authorises, captures, voids and refunds, and says where a payment stands. */
public interface PaymentGateway {

    /** Never throws for a PSP failure: a call that does not complete in time answers {@link AuthorisationAnswer.Unknown}. */
    AuthorisationAnswer authorise(PaymentId paymentId, Money amount, String paymentMethod);

    GatewayAnswer capture(PaymentId paymentId, String pspReference, Money amount);

    GatewayAnswer voidAuthorisation(PaymentId paymentId, String pspReference);

    /**
     * Idempotent per {@code refundKey}: a refund's {@link RefundId}, or {@code void-} and the payment id for the
     * refund that voids a captured payment, which is no refund the API shows.
     */
    GatewayAnswer refund(PaymentId paymentId, String pspReference, String refundKey, Money amount);

    /** The PSP's own record of the payment; {@link PspStatus.State#UNKNOWN} when it never completed one. */
    PspStatus retrieve(PaymentId paymentId);
}
