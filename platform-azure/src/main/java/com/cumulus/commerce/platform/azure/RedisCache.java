package com.cumulus.commerce.platform.azure;

import com.azure.core.credential.TokenCredential;
import com.cumulus.commerce.platform.Clock;
import com.cumulus.commerce.platform.cache.Cache;
import com.cumulus.commerce.platform.config.AppSettings;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.SetArgs;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link Cache} on Azure Cache for Redis through Lettuce, on the {@code RedisConnection} setting: either a
 * connection string ({@code host:port[,password=...][,ssl=true]}, for local servers and tests) or
 * {@code RedisConnection__hostName} (with {@code __port}, 6380 by default) over TLS, authenticating as the
 * identity whose object id is {@code __principalId} with Microsoft Entra tokens, kept fresh; an access key only
 * where {@code __accessKey} is set. Redis expires each entry after its time to live; the entry also carries its
 * expiry on the platform clock, so a read never answers a value the clock says is gone.
 */
final class RedisCache implements Cache, AutoCloseable {

    static final String CONNECTION = "RedisConnection";
    static final int TLS_PORT = 6380;
    private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(5);

    private final RedisClient client;
    private final StatefulRedisConnection<String, String> connection;
    private final RedisCommands<String, String> commands;
    private final Clock clock;
    private final AutoCloseable credentials;

    private RedisCache(RedisClient client, Clock clock, AutoCloseable credentials) {
        this.client = client;
        this.connection = client.connect();
        this.commands = connection.sync();
        this.clock = clock;
        this.credentials = credentials;
    }

    static RedisCache open(AppSettings settings) {
        return open(ServiceConnection.named(settings, CONNECTION), null, Clock.system());
    }

    /** With {@code credential} null, the connection's own (managed identity or the default chain). */
    static RedisCache open(ServiceConnection connection, TokenCredential credential, Clock clock) {
        Objects.requireNonNull(clock, "'clock' must not be null");
        Optional<String> connectionString = connection.connectionString();
        if (connectionString.isPresent()) {
            return new RedisCache(client(fromConnectionString(connectionString.get())), clock, () -> { });
        }
        String host = connection.requireProperty("hostName");
        int port = connection.property("port").map(Integer::parseInt).orElse(TLS_PORT);
        var uri = RedisURI.builder().withHost(host).withPort(port).withSsl(true).withTimeout(COMMAND_TIMEOUT);
        Optional<String> accessKey = connection.property("accessKey");
        if (accessKey.isPresent()) {
            return new RedisCache(client(uri.withPassword(accessKey.get().toCharArray()).build()), clock, () -> { });
        }
        return withEntraId(uri, credential != null ? credential : connection.credential(),
                connection.requireProperty("principalId"), clock);
    }

    /** Authenticates as {@code objectId} with tokens from {@code credential}; the TLS choice is the URI's. */
    static RedisCache withEntraId(RedisURI.Builder uri, TokenCredential credential, String objectId, Clock clock) {
        var credentials = EntraIdRedisCredentials.start(credential, objectId);
        try {
            return new RedisCache(client(uri.withAuthentication(credentials).build()), clock, credentials);
        } catch (RuntimeException e) {
            credentials.close();
            throw e;
        }
    }

    /** {@code host:port} then comma-separated options: {@code password=}, {@code user=}, {@code ssl=}. */
    static RedisURI fromConnectionString(String connectionString) {
        String[] parts = connectionString.split(",");
        String endpoint = parts[0].trim();
        int colon = endpoint.lastIndexOf(':');
        if (colon <= 0) {
            throw new IllegalArgumentException("app setting '" + CONNECTION + "' must start with host:port");
        }
        var uri = RedisURI.builder().withHost(endpoint.substring(0, colon))
                .withPort(Integer.parseInt(endpoint.substring(colon + 1))).withTimeout(COMMAND_TIMEOUT);
        String user = null;
        String password = null;
        for (int i = 1; i < parts.length; i++) {
            int eq = parts[i].indexOf('=');
            if (eq < 0) {
                continue;
            }
            String name = parts[i].substring(0, eq).trim().toLowerCase(Locale.ROOT);
            String value = parts[i].substring(eq + 1).trim();
            switch (name) {
                case "password" -> password = value;
                case "user" -> user = value;
                case "ssl" -> uri.withSsl(Boolean.parseBoolean(value));
                default -> { }
            }
        }
        if (password != null) {
            if (user != null) {
                uri.withAuthentication(user, password);
            } else {
                uri.withPassword(password.toCharArray());
            }
        }
        return uri.build();
    }

    private static RedisClient client(RedisURI uri) {
        RedisClient client = RedisClient.create(uri);
        client.setOptions(ClientOptions.builder()
                .reauthenticateBehavior(ClientOptions.ReauthenticateBehavior.ON_NEW_CREDENTIALS)
                .build());
        return client;
    }

    @Override
    public Optional<String> get(String key) {
        checkKey(key);
        String stored = commands.get(key);
        if (stored == null) {
            return Optional.empty();
        }
        int separator = stored.indexOf(':');
        long expiresAt;
        try {
            expiresAt = separator > 0 ? Long.parseLong(stored.substring(0, separator)) : Long.MAX_VALUE;
        } catch (NumberFormatException e) {
            // Written by another client without the expiry: Redis's own time to live is all there is.
            return Optional.of(stored);
        }
        if (separator <= 0) {
            return Optional.of(stored);
        }
        if (clock.now().toEpochMilli() >= expiresAt) {
            return Optional.empty();
        }
        return Optional.of(stored.substring(separator + 1));
    }

    @Override
    public void put(String key, String value, Duration timeToLive) {
        checkKey(key);
        Objects.requireNonNull(value, "'value' must not be null");
        Objects.requireNonNull(timeToLive, "'timeToLive' must not be null");
        if (timeToLive.isZero() || timeToLive.isNegative()) {
            throw new IllegalArgumentException("'timeToLive' must be positive");
        }
        Instant expiresAt = clock.now().plus(timeToLive);
        commands.set(key, expiresAt.toEpochMilli() + ":" + value, SetArgs.Builder.px(timeToLive.toMillis()));
    }

    @Override
    public void delete(String key) {
        checkKey(key);
        commands.del(key);
    }

    private static void checkKey(String key) {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("'key' must not be blank");
        }
    }

    @Override
    public void close() throws Exception {
        try {
            connection.close();
            client.shutdown();
        } finally {
            credentials.close();
        }
    }
}
