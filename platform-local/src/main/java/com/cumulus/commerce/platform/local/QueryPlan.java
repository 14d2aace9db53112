package com.cumulus.commerce.platform.local;

import com.cumulus.commerce.platform.documents.Document;
import com.cumulus.commerce.platform.documents.DocumentQuery;
import com.cumulus.commerce.platform.documents.DocumentQuery.Compare;
import com.cumulus.commerce.platform.documents.DocumentQuery.ContainsText;
import com.cumulus.commerce.platform.documents.DocumentQuery.Filter;
import com.cumulus.commerce.platform.documents.Page;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * One {@link DocumentQuery} as SQL over the documents table, paged by keyset on (sort value, id). SQLite
 * orders NULL (a missing path) before every value and compares an unbound-affinity parameter with the same
 * rules as ORDER BY, so "after the last row" is a plain comparison plus explicit NULL handling. Paths are
 * inlined: {@link DocumentQuery} has already restricted them to dotted identifiers. SQLite's lower() folds
 * ASCII only, so {@link ContainsText} ignores the case of ASCII letters and matches other letters exactly.
 */
final class QueryPlan {

    private final String container;
    private final DocumentQuery query;
    private final String queryHash;
    private final StringBuilder where = new StringBuilder("container = ?");
    private final List<Object> parameters = new ArrayList<>();

    QueryPlan(String container, DocumentQuery query) {
        this.container = container;
        this.query = query;
        this.queryHash = hash(container, query);
        parameters.add(container);
        if (query.partitionKey() != null) {
            where.append(" AND pk = ?");
            parameters.add(query.partitionKey());
        }
        query.filters().forEach(this::addFilter);
        if (query.continuationToken() != null) {
            addKeyset(ContinuationToken.decode(query.continuationToken(), queryHash));
        }
    }

    Page<Document> run(SqliteDatabase db) {
        boolean descending = query.sort().descending();
        String direction = descending ? " DESC" : " ASC";
        String sql = "SELECT " + EmbeddedContainer.COLUMNS + ", " + value(query.sort().path()) + " AS sort_value"
                + " FROM documents WHERE " + where
                + " ORDER BY sort_value" + direction + ", id" + direction + " LIMIT ?";
        return db.read(c -> {
            List<Document> items = new ArrayList<>();
            Object lastSortValue = null;
            boolean more = false;
            try (PreparedStatement st = c.prepareStatement(sql)) {
                int i = 1;
                for (Object p : parameters) {
                    bind(st, i++, p);
                }
                st.setInt(i, query.limit() + 1);
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        if (items.size() == query.limit()) {
                            more = true;
                            break;
                        }
                        items.add(EmbeddedContainer.toDocument(rs));
                        lastSortValue = rs.getObject("sort_value");
                    }
                }
            }
            String next = more
                    ? new ContinuationToken(lastSortValue, items.get(items.size() - 1).id(), queryHash).encode()
                    : null;
            return new Page<>(items, next);
        });
    }

    private void addFilter(Filter filter) {
        if (filter instanceof Compare compare) {
            where.append(" AND (").append(type(compare.path())).append(" IN ").append(typesOf(compare.value()))
                    .append(" AND ").append(value(compare.path())).append(' ').append(operator(compare))
                    .append(" ?)");
            parameters.add(compare.value() instanceof Boolean b ? (Object) (b ? 1L : 0L) : compare.value());
        } else {
            ContainsText contains = (ContainsText) filter;
            where.append(" AND (");
            for (int i = 0; i < contains.paths().size(); i++) {
                String path = contains.paths().get(i);
                where.append(i == 0 ? "" : " OR ").append('(').append(type(path)).append(" = 'text' AND instr(lower(")
                        .append(value(path)).append("), lower(?)) > 0)");
                parameters.add(contains.text());
            }
            where.append(')');
        }
    }

    private void addKeyset(ContinuationToken after) {
        String s = value(query.sort().path());
        boolean descending = query.sort().descending();
        if (after.lastSortValue() == null) {
            where.append(descending
                    ? " AND (" + s + " IS NULL AND id < ?)"
                    : " AND ((" + s + " IS NULL AND id > ?) OR " + s + " IS NOT NULL)");
            parameters.add(after.lastId());
            return;
        }
        String beyond = descending ? "<" : ">";
        where.append(" AND (").append(s).append(' ').append(beyond).append(" ? OR (").append(s).append(" = ? AND id ")
                .append(beyond).append(" ?)").append(descending ? " OR " + s + " IS NULL" : "").append(')');
        parameters.add(after.lastSortValue());
        parameters.add(after.lastSortValue());
        parameters.add(after.lastId());
    }

    /** The id lives in its own column; every other path is read from the body. */
    private static String value(String path) {
        return "id".equals(path) ? "id" : "json_extract(body, '$." + path + "')";
    }

    private static String type(String path) {
        return "id".equals(path) ? "'text'" : "json_type(body, '$." + path + "')";
    }

    /** Values of another JSON type never match, as in Cosmos DB, rather than following SQLite's type order. */
    private static String typesOf(Object value) {
        if (value instanceof String) {
            return "('text')";
        }
        if (value instanceof Boolean) {
            return "('true', 'false')";
        }
        return "('integer', 'real')";
    }

    private static String operator(Compare compare) {
        return switch (compare.operator()) {
            case EQ -> "=";
            case NE -> "<>";
            case LT -> "<";
            case LE -> "<=";
            case GT -> ">";
            case GE -> ">=";
        };
    }

    private static void bind(PreparedStatement st, int index, Object value) throws SQLException {
        if (value instanceof String text) {
            st.setString(index, text);
        } else if (value instanceof Long || value instanceof Integer || value instanceof Short
                || value instanceof Byte || value instanceof BigInteger) {
            st.setLong(index, ((Number) value).longValue());
        } else if (value instanceof BigDecimal decimal && decimal.stripTrailingZeros().scale() <= 0) {
            st.setLong(index, decimal.longValue());
        } else {
            st.setDouble(index, ((Number) value).doubleValue());
        }
    }

    private static String hash(String container, DocumentQuery query) {
        String shape = String.join("\n", container, String.valueOf(query.partitionKey()),
                query.filters().toString(), query.sort().toString());
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(shape.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 16));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
