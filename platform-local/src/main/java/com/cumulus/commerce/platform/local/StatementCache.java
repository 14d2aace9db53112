package com.cumulus.commerce.platform.local;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.HashMap;
import java.util.Map;

/**
 * Keeps every statement a connection prepares, because sqlite-jdbc compiles the SQL again on each
 * {@code prepareStatement} and that compile costs more than the write itself. Callers keep their
 * try-with-resources: closing a cached statement only clears its parameters. A connection is used by one
 * thread at a time (the writer under its lock, a reader by its own thread), so the map needs no locking.
 */
final class StatementCache {

    private StatementCache() {
    }

    static Connection wrap(Connection connection) {
        Map<String, PreparedStatement> cache = new HashMap<>();
        InvocationHandler handler = (proxy, method, args) -> {
            switch (method.getName()) {
                case "prepareStatement":
                    if (args.length == 1) {
                        String sql = (String) args[0];
                        PreparedStatement cached = cache.get(sql);
                        if (cached == null) {
                            cached = reusable(connection.prepareStatement(sql));
                            cache.put(sql, cached);
                        }
                        return cached;
                    }
                    break;
                case "close":
                    for (PreparedStatement statement : cache.values()) {
                        ((Reusable) Proxy.getInvocationHandler(statement)).statement().close();
                    }
                    cache.clear();
                    break;
                default:
                    break;
            }
            return invoke(connection, method, args);
        };
        return (Connection) Proxy.newProxyInstance(
                StatementCache.class.getClassLoader(), new Class<?>[] {Connection.class}, handler);
    }

    private static PreparedStatement reusable(PreparedStatement statement) {
        return (PreparedStatement) Proxy.newProxyInstance(
                StatementCache.class.getClassLoader(), new Class<?>[] {PreparedStatement.class}, new Reusable(statement));
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private record Reusable(PreparedStatement statement) implements InvocationHandler {
        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            if (method.getName().equals("close")) {
                statement.clearParameters();
                return null;
            }
            return StatementCache.invoke(statement, method, args);
        }
    }
}
