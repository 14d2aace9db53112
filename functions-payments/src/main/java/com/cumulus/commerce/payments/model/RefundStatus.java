package com.cumulus.commerce.payments.model;

/** A refund waits for an operator's approval when it is large, then is executed once. */
public enum RefundStatus {
    PENDING_APPROVAL,
    APPROVED,
    REJECTED,
    COMPLETED
}
