package com.cumulus.commerce.orders.adapters;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** Who owns an order, in a partition of its own (the order id), for the routes that know only the id. */
@JsonIgnoreProperties(ignoreUnknown = true)
record OwnerDocument(String partitionKey, String kind, String orderId, String customerId) {

    static final String KIND = "order-owner";

    static OwnerDocument of(String orderId, String customerId) {
        return new OwnerDocument(orderId, KIND, orderId, customerId);
    }
}
