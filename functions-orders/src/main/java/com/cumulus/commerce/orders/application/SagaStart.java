package com.cumulus.commerce.orders.application;

import com.cumulus.commerce.orders.model.Order;

/** @param duplicate true when another workflow run already drives this order */
public record SagaStart(Order order, boolean duplicate) {
}
