package com.cumulus.commerce.payments.functions;

/** {@code POST .../approval}: {@code {"approved": true|false}}. */
record ApprovalBody(Boolean approved) {
}
