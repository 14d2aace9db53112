package com.cumulus.commerce.platform.local;

import com.cumulus.commerce.platform.messaging.OutgoingMessage;
import com.cumulus.commerce.platform.messaging.Topics;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Service Bus topics over {@link EmbeddedQueues}: subscriptions are rows in the broker's database, and a
 * publish enqueues one copy per subscription entity in the same transaction as the topic's duplicate check.
 */
final class EmbeddedTopics implements Topics {

    private final EmbeddedQueues queues;
    private final Map<String, Set<String>> subscriptions = new ConcurrentHashMap<>();

    EmbeddedTopics(EmbeddedQueues queues) {
        this.queues = Objects.requireNonNull(queues, "'queues' must not be null");
        queues.database().write(c -> {
            try (var st = c.createStatement()) {
                st.execute("""
                        CREATE TABLE IF NOT EXISTS topic_subscription (
                            topic TEXT NOT NULL,
                            subscription TEXT NOT NULL,
                            PRIMARY KEY (topic, subscription)) WITHOUT ROWID""");
                try (ResultSet rs = st.executeQuery("SELECT topic, subscription FROM topic_subscription")) {
                    while (rs.next()) {
                        subscribersOf(rs.getString(1)).add(rs.getString(2));
                    }
                }
            }
            return null;
        });
    }

    @Override
    public void subscribe(String topic, String subscription) {
        requireName(topic, "topic");
        requireName(subscription, "subscription");
        queues.database().write(c -> {
            try (PreparedStatement st = c.prepareStatement(
                    "INSERT OR IGNORE INTO topic_subscription (topic, subscription) VALUES (?, ?)")) {
                st.setString(1, topic);
                st.setString(2, subscription);
                st.executeUpdate();
            }
            return null;
        });
        // after the commit, so a failed write leaves no phantom subscription; publishes that start later see it
        subscribersOf(topic).add(subscription);
    }

    @Override
    public Set<String> subscriptions(String topic) {
        requireName(topic, "topic");
        return Set.copyOf(subscriptions.getOrDefault(topic, Set.of()));
    }

    @Override
    public void publish(String topic, OutgoingMessage message) {
        requireName(topic, "topic");
        Objects.requireNonNull(message, "'message' must not be null");
        queues.fanOut(topic, message, () -> subscriptions.getOrDefault(topic, Set.of()).stream()
                .map(subscription -> Topics.subscriptionPath(topic, subscription))
                .toList());
    }

    private Set<String> subscribersOf(String topic) {
        return subscriptions.computeIfAbsent(topic, t -> ConcurrentHashMap.newKeySet());
    }

    private static void requireName(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("'" + name + "' must not be blank");
        }
    }
}
