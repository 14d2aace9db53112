package com.cumulus.commerce.platform.azure;

import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;

/** A redis-server for one test class, and an administrator's connection to it (the default user). */
final class RedisFixture implements AutoCloseable {

    private final EmulatorFixture redis;
    private final RedisClient client;
    private final StatefulRedisConnection<String, String> connection;

    RedisFixture(String adminPassword) {
        redis = Emulators.redisServer(adminPassword);
        client = RedisClient.create(RedisURI.builder().withHost("127.0.0.1").withPort(port())
                .withPassword(adminPassword.toCharArray()).build());
        connection = client.connect();
    }

    int port() {
        return redis.port(0);
    }

    RedisCommands<String, String> admin() {
        return connection.sync();
    }

    @Override
    public void close() {
        connection.close();
        client.shutdown();
        redis.close();
    }
}
