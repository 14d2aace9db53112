package com.cumulus.commerce.platform.azure.cosmos;

import com.azure.cosmos.CosmosContainer;
import com.azure.cosmos.CosmosException;
import com.azure.cosmos.models.CosmosQueryRequestOptions;
import com.azure.cosmos.models.FeedResponse;
import com.azure.cosmos.models.PartitionKey;
import com.azure.cosmos.models.SqlParameter;
import com.azure.cosmos.models.SqlQuerySpec;
import com.cumulus.commerce.platform.documents.Document;
import com.cumulus.commerce.platform.documents.DocumentQuery;
import com.cumulus.commerce.platform.documents.DocumentQuery.Compare;
import com.cumulus.commerce.platform.documents.DocumentQuery.ContainsText;
import com.cumulus.commerce.platform.documents.DocumentQuery.Filter;
import com.cumulus.commerce.platform.documents.InvalidContinuationTokenException;
import com.cumulus.commerce.platform.documents.Page;
import com.cumulus.commerce.platform.http.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * A {@link DocumentQuery} in Cosmos DB SQL, paged by key: each page asks for {@code TOP limit+1} after the last
 * (sort value, id) handed out, so a token is issued only when another item exists. {@code ORDER BY path, c.id}
 * needs a composite index on (path, id) in each direction the app sorts by; items lacking the sort path sort
 * first ascending, as Cosmos DB orders undefined values. The token names its query by a fingerprint, so a token
 * of another query or container is refused.
 */
final class CosmosQuery {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private final String containerName;
    private final DocumentQuery query;
    private final String fingerprint;

    CosmosQuery(String containerName, DocumentQuery query) {
        this.containerName = containerName;
        this.query = query;
        this.fingerprint = fingerprint(containerName, query);
    }

    Page<Document> run(CosmosContainer container) {
        Position after = query.continuationToken() == null ? null : decode(query.continuationToken());
        SqlQuerySpec spec = sql(after);
        var options = new CosmosQueryRequestOptions();
        if (query.partitionKey() != null) {
            options.setPartitionKey(new PartitionKey(query.partitionKey()));
        }
        List<Document> items = new ArrayList<>(query.limit() + 1);
        try {
            for (FeedResponse<JsonNode> page : container.queryItems(spec, options, JsonNode.class)
                    .iterableByPage(query.limit() + 1)) {
                for (JsonNode item : page.getResults()) {
                    items.add(CosmosItems.document(item, null));
                }
                if (items.size() > query.limit()) {
                    break;
                }
            }
        } catch (CosmosException e) {
            throw new IllegalStateException("Cosmos DB answered " + e.getStatusCode() + " for a query of "
                    + containerName, e);
        }
        if (items.size() <= query.limit()) {
            return new Page<>(items, null);
        }
        List<Document> page = items.subList(0, query.limit());
        return new Page<>(page, encode(page.get(page.size() - 1)));
    }

    private SqlQuerySpec sql(Position after) {
        List<SqlParameter> parameters = new ArrayList<>();
        List<String> where = new ArrayList<>();
        for (Filter filter : query.filters()) {
            where.add(condition(filter, parameters));
        }
        String sortPath = query.sort().path();
        boolean byId = sortPath.equals("id");
        String direction = query.sort().descending() ? "DESC" : "ASC";
        String sort = path(sortPath);
        if (after != null) {
            where.add(after(after, sort, byId, parameters));
        }
        var sql = new StringBuilder("SELECT TOP ").append(query.limit() + 1).append(" * FROM c");
        if (!where.isEmpty()) {
            sql.append(" WHERE ").append(String.join(" AND ", where));
        }
        sql.append(" ORDER BY ").append(sort).append(' ').append(direction);
        if (!byId) {
            sql.append(", c.id ").append(direction);
        }
        return new SqlQuerySpec(sql.toString(), parameters);
    }

    private String after(Position after, String sort, boolean byId, List<SqlParameter> parameters) {
        String id = parameter(parameters, after.id());
        boolean descending = query.sort().descending();
        String beyond = descending ? "<" : ">";
        if (byId) {
            return "c.id " + beyond + " " + id;
        }
        if (after.missing()) {
            String sameMissing = "(NOT IS_DEFINED(" + sort + ") AND c.id " + beyond + " " + id + ")";
            return descending ? sameMissing : "(" + sameMissing + " OR IS_DEFINED(" + sort + "))";
        }
        String value = parameter(parameters, after.value());
        String next = "(" + sort + " " + beyond + " " + value + " OR (" + sort + " = " + value + " AND c.id " + beyond
                + " " + id + ")";
        return descending ? next + " OR NOT IS_DEFINED(" + sort + "))" : next + ")";
    }

    private static String condition(Filter filter, List<SqlParameter> parameters) {
        if (filter instanceof Compare compare) {
            String op = switch (compare.operator()) {
                case EQ -> "=";
                case NE -> "!=";
                case LT -> "<";
                case LE -> "<=";
                case GT -> ">";
                case GE -> ">=";
            };
            return path(compare.path()) + " " + op + " " + parameter(parameters, compare.value());
        }
        ContainsText text = (ContainsText) filter;
        String needle = parameter(parameters, text.text().toLowerCase(Locale.ROOT));
        List<String> any = text.paths().stream()
                .map(p -> "CONTAINS(LOWER(" + path(p) + "), " + needle + ")").toList();
        return "(" + String.join(" OR ", any) + ")";
    }

    private static String parameter(List<SqlParameter> parameters, Object value) {
        String name = "@p" + parameters.size();
        parameters.add(new SqlParameter(name, value));
        return name;
    }

    /** A dotted path (already checked by {@link DocumentQuery}) in bracket notation, so any name is safe. */
    static String path(String dotted) {
        var sql = new StringBuilder("c");
        for (String part : dotted.split("\\.")) {
            sql.append("[\"").append(part).append("\"]");
        }
        return sql.toString();
    }

    private String encode(Document last) {
        ObjectNode token = Json.mapper().createObjectNode();
        token.put("q", fingerprint);
        token.put("i", last.id());
        JsonNode value = CosmosItems.parseObject(last.json()).at(pointer(query.sort().path()));
        if (query.sort().path().equals("id")) {
            value = token.textNode(last.id());
        }
        if (value.isMissingNode() || !value.isValueNode() || value.isNull()) {
            token.put("m", true);
        } else {
            token.set("s", value);
        }
        return ENCODER.encodeToString(token.toString().getBytes(StandardCharsets.UTF_8));
    }

    private Position decode(String token) {
        JsonNode node;
        try {
            node = Json.mapper().readTree(Base64.getUrlDecoder().decode(token));
        } catch (Exception e) {
            throw invalid();
        }
        if (node == null || !node.isObject() || !node.path("q").isTextual() || !node.path("q").asText().equals(fingerprint)
                || !node.path("i").isTextual()) {
            throw invalid();
        }
        boolean missing = node.path("m").asBoolean(false);
        JsonNode value = node.get("s");
        if (!missing && (value == null || !(value.isTextual() || value.isNumber() || value.isBoolean()))) {
            throw invalid();
        }
        Object sortValue = missing ? null
                : value.isTextual() ? value.asText() : value.isBoolean() ? (Object) value.asBoolean() : value.numberValue();
        return new Position(missing, sortValue, node.get("i").asText());
    }

    private InvalidContinuationTokenException invalid() {
        return new InvalidContinuationTokenException("the continuation token was not issued for this query of "
                + containerName);
    }

    private static String pointer(String dotted) {
        return "/" + dotted.replace("~", "~0").replace("/", "~1").replace('.', '/');
    }

    private static String fingerprint(String containerName, DocumentQuery query) {
        var shape = Json.mapper().createArrayNode().add(containerName).add(String.valueOf(query.partitionKey()))
                .add(query.sort().path()).add(query.sort().descending());
        query.filters().forEach(f -> shape.add(f.toString()));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(shape.toString().getBytes(StandardCharsets.UTF_8));
            return ENCODER.encodeToString(digest).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Position(boolean missing, Object value, String id) {
    }
}
