package com.cumulus.commerce.platform.documents;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A query over one container: filters ANDed together, one sort path (ties broken by id), a page size and
 * an optional continuation token from the previous page. Paths are dotted property names
 * ({@code prices.EUR.amount}); documents lacking a sort path sort before all others.
 */
public record DocumentQuery(String partitionKey, List<Filter> filters, Sort sort, int limit, String continuationToken) {

    private static final Pattern PATH = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z0-9_]+)*");
    public static final int MAX_LIMIT = 1000;

    public DocumentQuery {
        filters = List.copyOf(Objects.requireNonNull(filters, "'filters' must not be null"));
        sort = sort == null ? new Sort("id", false) : sort;
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("'limit' must be between 1 and " + MAX_LIMIT);
        }
    }

    public static DocumentQuery all(int limit) {
        return new DocumentQuery(null, List.of(), null, limit, null);
    }

    public DocumentQuery withContinuation(String token) {
        return new DocumentQuery(partitionKey, filters, sort, limit, token);
    }

    static String checkPath(String path) {
        if (path == null || !PATH.matcher(path).matches()) {
            throw new IllegalArgumentException("'path' must be a dotted property name: " + path);
        }
        return path;
    }

    public sealed interface Filter permits Compare, ContainsText {
    }

    /** {@code path op value}; value is a String, a Number or a Boolean. */
    public record Compare(String path, Operator operator, Object value) implements Filter {
        public Compare {
            checkPath(path);
            Objects.requireNonNull(operator, "'operator' must not be null");
            if (!(value instanceof String || value instanceof Number || value instanceof Boolean)) {
                throw new IllegalArgumentException("'value' must be a string, number or boolean");
            }
        }
    }

    /** True when any of the string properties at {@code paths} contains {@code text}, ignoring case. */
    public record ContainsText(List<String> paths, String text) implements Filter {
        public ContainsText {
            paths = List.copyOf(paths);
            if (paths.isEmpty()) {
                throw new IllegalArgumentException("'paths' must not be empty");
            }
            paths.forEach(DocumentQuery::checkPath);
            Objects.requireNonNull(text, "'text' must not be null");
        }
    }

    public enum Operator { EQ, NE, LT, LE, GT, GE }

    public record Sort(String path, boolean descending) {
        public Sort {
            checkPath(path);
        }
    }
}
