package com.cumulus.commerce.platform.local;

import com.cumulus.commerce.platform.messaging.OutgoingMessage;
import com.cumulus.commerce.platform.messaging.Topics;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Service Bus topics over {@link EmbeddedQueues}: subscriptions are rows in the broker's database (with the
 * types a filtered one receives), and a publish enqueues one copy per matching subscription entity in the same
 * transaction as the topic's duplicate check.
 */
final class EmbeddedTopics implements Topics {

    private final EmbeddedQueues queues;
    /** topic, subscription, and the types it receives (empty: every message). */
    private final Map<String, Map<String, Set<String>>> subscriptions = new ConcurrentHashMap<>();

    EmbeddedTopics(EmbeddedQueues queues) {
        this.queues = Objects.requireNonNull(queues, "'queues' must not be null");
        queues.database().write(c -> {
            try (var st = c.createStatement()) {
                st.execute("""
                        CREATE TABLE IF NOT EXISTS topic_subscription (
                            topic TEXT NOT NULL,
                            subscription TEXT NOT NULL,
                            PRIMARY KEY (topic, subscription)) WITHOUT ROWID""");
                if (!hasColumn(c, "types")) {
                    // files written before subscriptions had filters: every subscription received everything
                    st.execute("ALTER TABLE topic_subscription ADD COLUMN types TEXT NOT NULL DEFAULT ''");
                }
                try (ResultSet rs = st.executeQuery("SELECT topic, subscription, types FROM topic_subscription")) {
                    while (rs.next()) {
                        subscribersOf(rs.getString(1)).put(rs.getString(2), decode(rs.getString(3)));
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
                    "INSERT OR IGNORE INTO topic_subscription (topic, subscription, types) VALUES (?, ?, '')")) {
                st.setString(1, topic);
                st.setString(2, subscription);
                st.executeUpdate();
            }
            return null;
        });
        // after the commit, so a failed write leaves no phantom subscription; publishes that start later see it
        subscribersOf(topic).putIfAbsent(subscription, Set.of());
    }

    @Override
    public void subscribe(String topic, String subscription, Set<String> types) {
        requireName(topic, "topic");
        requireName(subscription, "subscription");
        Objects.requireNonNull(types, "'types' must not be null");
        types.forEach(type -> requireName(type, "type"));
        var kept = Set.copyOf(types);
        queues.database().write(c -> {
            try (PreparedStatement st = c.prepareStatement("""
                    INSERT INTO topic_subscription (topic, subscription, types) VALUES (?, ?, ?)
                    ON CONFLICT (topic, subscription) DO UPDATE SET types = excluded.types""")) {
                st.setString(1, topic);
                st.setString(2, subscription);
                st.setString(3, encode(kept));
                st.executeUpdate();
            }
            return null;
        });
        subscribersOf(topic).put(subscription, kept);
    }

    @Override
    public Set<String> subscriptions(String topic) {
        requireName(topic, "topic");
        return Set.copyOf(subscriptions.getOrDefault(topic, Map.of()).keySet());
    }

    @Override
    public void publish(String topic, OutgoingMessage message) {
        requireName(topic, "topic");
        Objects.requireNonNull(message, "'message' must not be null");
        String type = message.properties().get(TYPE_PROPERTY);
        queues.fanOut(topic, message, () -> subscriptions.getOrDefault(topic, Map.of()).entrySet().stream()
                .filter(subscription -> subscription.getValue().isEmpty()
                        || (type != null && subscription.getValue().contains(type)))
                .map(subscription -> Topics.subscriptionPath(topic, subscription.getKey()))
                .toList());
    }

    private Map<String, Set<String>> subscribersOf(String topic) {
        return subscriptions.computeIfAbsent(topic, t -> new ConcurrentHashMap<>());
    }

    /** Types as stored: one per line, sorted; the empty text for every message. */
    private static String encode(Set<String> types) {
        return String.join("\n", new TreeSet<>(types));
    }

    private static Set<String> decode(String stored) {
        return stored == null || stored.isEmpty() ? Set.of() : Set.of(stored.split("\n"));
    }

    private static boolean hasColumn(Connection c, String column) throws SQLException {
        try (var st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA table_info(topic_subscription)")) {
            while (rs.next()) {
                if (column.equals(rs.getString("name"))) {
                    return true;
                }
            }
            return false;
        }
    }

    private static void requireName(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("'" + name + "' must not be blank");
        }
    }
}
