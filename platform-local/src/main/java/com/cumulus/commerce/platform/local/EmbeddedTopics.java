package com.cumulus.commerce.platform.local;

import com.cumulus.commerce.platform.messaging.OutgoingMessage;
import com.cumulus.commerce.platform.messaging.Topics;
import java.util.Set;

/** Stand-in until the embedded broker lands. */
final class EmbeddedTopics implements Topics {

    EmbeddedTopics(EmbeddedQueues queues) {
    }

    @Override
    public void subscribe(String topic, String subscription) {
        throw new UnsupportedOperationException("not yet built");
    }

    @Override
    public Set<String> subscriptions(String topic) {
        throw new UnsupportedOperationException("not yet built");
    }

    @Override
    public void publish(String topic, OutgoingMessage message) {
        throw new UnsupportedOperationException("not yet built");
    }
}
