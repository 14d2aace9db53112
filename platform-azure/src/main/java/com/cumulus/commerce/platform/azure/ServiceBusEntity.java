package com.cumulus.commerce.platform.azure;

import com.cumulus.commerce.platform.messaging.Queues;
import com.cumulus.commerce.platform.messaging.Topics;

/**
 * A port entity path in Service Bus terms: a queue ({@code orders}), a topic subscription
 * ({@code order-events/Subscriptions/billing}), or the dead-letter sub-queue of either ({@code .../$DeadLetterQueue}).
 */
record ServiceBusEntity(String path, String queueOrTopic, String subscription, boolean deadLetter) {

    private static final String DEAD_LETTER_SUFFIX = Queues.deadLetterPath("");
    private static final String SUBSCRIPTIONS = Topics.subscriptionPath("", "");

    static ServiceBusEntity parse(String path) {
        if (path == null || path.isBlank()) {
            throw new IllegalArgumentException("'entityPath' must not be blank");
        }
        String rest = path;
        boolean deadLetter = rest.endsWith(DEAD_LETTER_SUFFIX);
        if (deadLetter) {
            rest = rest.substring(0, rest.length() - DEAD_LETTER_SUFFIX.length());
        }
        int at = rest.indexOf(SUBSCRIPTIONS);
        String name = at < 0 ? rest : rest.substring(0, at);
        String subscription = at < 0 ? null : rest.substring(at + SUBSCRIPTIONS.length());
        if (name.isBlank() || (subscription != null && subscription.isBlank())) {
            throw new IllegalArgumentException("'entityPath' is not a queue or subscription path");
        }
        return new ServiceBusEntity(path, name, subscription, deadLetter);
    }

    boolean isSubscription() {
        return subscription != null;
    }
}
