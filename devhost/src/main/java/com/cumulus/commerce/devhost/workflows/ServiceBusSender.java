package com.cumulus.commerce.devhost.workflows;

import com.cumulus.commerce.platform.messaging.OutgoingMessage;

/** The Service Bus {@code sendMessage} operation: to a topic when it has subscriptions, else to a queue. */
@FunctionalInterface
interface ServiceBusSender {

    void send(String entityName, OutgoingMessage message);
}
