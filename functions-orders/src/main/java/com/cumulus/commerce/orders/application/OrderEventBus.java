package com.cumulus.commerce.orders.application;

/**
 * Where order events go out ({@code order-events}). Publishing the same event twice is harmless: the message id
 * is the event id, and the broker drops the repeat.
 */
@FunctionalInterface
public interface OrderEventBus {

    void publish(OutboxEntry entry);
}
