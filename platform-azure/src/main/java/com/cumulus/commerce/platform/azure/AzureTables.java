package com.cumulus.commerce.platform.azure;

import com.azure.core.credential.TokenCredential;
import com.azure.core.http.HttpHeaderName;
import com.azure.core.http.rest.Response;
import com.azure.data.tables.TableClient;
import com.azure.data.tables.TableServiceClient;
import com.azure.data.tables.TableServiceClientBuilder;
import com.azure.data.tables.models.ListEntitiesOptions;
import com.azure.data.tables.models.TableEntityUpdateMode;
import com.azure.data.tables.models.TableServiceException;
import com.cumulus.commerce.platform.config.AppSettings;
import com.cumulus.commerce.platform.documents.ConflictException;
import com.cumulus.commerce.platform.documents.NotFoundException;
import com.cumulus.commerce.platform.documents.PreconditionFailedException;
import com.cumulus.commerce.platform.tables.KeyValueTables;
import com.cumulus.commerce.platform.tables.TableEntity;
import com.cumulus.commerce.platform.tables.TableNames;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@link KeyValueTables} on Azure Table Storage through azure-data-tables, on the {@code AzureWebJobsStorage}
 * connection (a connection string, or {@code __tableServiceUri} / {@code __accountName} with a credential).
 * A table is created on its first use. Integers come back as {@code Long} and decimals as {@code Double}, as in
 * every other implementation. Names, keys and values Table Storage refuses are refused before the call.
 */
final class AzureTables implements KeyValueTables {

    static final String CONNECTION = "AzureWebJobsStorage";

    /**
     * Table Storage's ETag carries the entity's Timestamp: {@code W/"datetime'2026-12-04T21%3A50%3A00.1234567Z'"}.
     * Azurite 3.37 leaves out the closing quote on the ETag of an upsert or insert; {@link #wellFormed} puts it
     * back, since reading the entity back for its Timestamp and ETag would double the cost of every write.
     */
    private static final Pattern DATETIME_ETAG = Pattern.compile("W/\"datetime'([^']+)'\"");
    private static final Set<String> SYSTEM_PROPERTIES = Set.of("PartitionKey", "RowKey", "Timestamp",
            "odata.etag", "odata.type", "odata.id", "odata.editLink", "odata.metadata");

    private final TableServiceClient service;
    private final Map<String, TableClient> tables = new ConcurrentHashMap<>();

    AzureTables(TableServiceClient service) {
        this.service = Objects.requireNonNull(service, "'service' must not be null");
    }

    static AzureTables open(AppSettings settings) {
        return new AzureTables(serviceClient(ServiceConnection.named(settings, CONNECTION)));
    }

    static TableServiceClient serviceClient(ServiceConnection connection) {
        return serviceClient(connection, null);
    }

    /** With {@code credential} null, the connection's own (managed identity or the default chain). */
    static TableServiceClient serviceClient(ServiceConnection connection, TokenCredential credential) {
        var builder = new TableServiceClientBuilder();
        Optional<String> connectionString = connection.connectionString();
        if (connectionString.isPresent()) {
            return builder.connectionString(connectionString.get()).buildClient();
        }
        String endpoint = connection.property("tableServiceUri")
                .or(() -> connection.property("accountName").map(a -> "https://" + a + ".table.core.windows.net"))
                .orElseThrow(() -> new IllegalStateException("app setting '" + connection.name() + "' or '"
                        + connection.name() + "__tableServiceUri' is not set"));
        return builder.endpoint(endpoint)
                .credential(credential != null ? credential : connection.credential()).buildClient();
    }

    @Override
    public Optional<TableEntity> get(String table, String partitionKey, String rowKey) {
        TableNames.checkTable(table);
        TableNames.checkKey("partitionKey", partitionKey);
        TableNames.checkKey("rowKey", rowKey);
        try {
            return Optional.of(toEntity(client(table).getEntity(partitionKey, rowKey)));
        } catch (TableServiceException e) {
            if (e.getResponse().getStatusCode() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

    @Override
    public TableEntity upsert(String table, TableEntity entity) {
        var sdkEntity = toSdkEntity(table, entity);
        var response = client(table).upsertEntityWithResponse(sdkEntity, TableEntityUpdateMode.REPLACE, null, null);
        return written(table, entity, response);
    }

    @Override
    public TableEntity insert(String table, TableEntity entity) {
        var sdkEntity = toSdkEntity(table, entity);
        try {
            return written(table, entity, client(table).createEntityWithResponse(sdkEntity, null, null));
        } catch (TableServiceException e) {
            if (e.getResponse().getStatusCode() == 409) {
                throw new ConflictException("entity (" + entity.partitionKey() + ", " + entity.rowKey()
                        + ") already exists in table '" + table + "'");
            }
            throw e;
        }
    }

    @Override
    public TableEntity replace(String table, TableEntity entity, String ifMatch) {
        var sdkEntity = toSdkEntity(table, entity);
        if (ifMatch != null) {
            sdkEntity = withETag(sdkEntity, ifMatch);
        }
        try {
            var response = client(table).updateEntityWithResponse(sdkEntity, TableEntityUpdateMode.REPLACE,
                    ifMatch != null, null, null);
            return written(table, entity, response);
        } catch (TableServiceException e) {
            int status = e.getResponse().getStatusCode();
            if (status == 404) {
                throw new NotFoundException("no entity (" + entity.partitionKey() + ", " + entity.rowKey()
                        + ") in table '" + table + "'");
            }
            if (status == 412 || status == 400 && ifMatch != null && timestampOf(ifMatch) == null) {
                // Table Storage answers 400 to an If-Match it never issued; no current entity has that ETag.
                if (status == 400 && get(table, entity.partitionKey(), entity.rowKey()).isEmpty()) {
                    throw new NotFoundException("no entity (" + entity.partitionKey() + ", " + entity.rowKey()
                            + ") in table '" + table + "'");
                }
                throw new PreconditionFailedException("entity (" + entity.partitionKey() + ", " + entity.rowKey()
                        + ") has changed since " + ifMatch);
            }
            throw e;
        }
    }

    @Override
    public boolean delete(String table, String partitionKey, String rowKey) {
        TableNames.checkTable(table);
        TableNames.checkKey("partitionKey", partitionKey);
        TableNames.checkKey("rowKey", rowKey);
        try {
            var response = client(table).deleteEntityWithResponse(
                    new com.azure.data.tables.models.TableEntity(partitionKey, rowKey), false, null, null);
            return response.getStatusCode() != 404;
        } catch (TableServiceException e) {
            if (e.getResponse().getStatusCode() == 404) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public List<TableEntity> query(String table, String partitionKey) {
        TableNames.checkTable(table);
        TableNames.checkKey("partitionKey", partitionKey);
        var options = new ListEntitiesOptions().setFilter("PartitionKey eq '" + partitionKey.replace("'", "''") + "'");
        List<TableEntity> found = new ArrayList<>();
        client(table).listEntities(options, null, null).forEach(e -> found.add(toEntity(e)));
        return List.copyOf(found);
    }

    private TableClient client(String table) {
        return tables.computeIfAbsent(table, name -> {
            TableClient created = service.createTableIfNotExists(name);
            return created != null ? created : service.getTableClient(name);
        });
    }

    /** The written entity as a read would show it; the Timestamp comes from the ETag, else from a read. */
    private TableEntity written(String table, TableEntity entity, Response<Void> response) {
        String etag = wellFormed(response.getHeaders().getValue(HttpHeaderName.ETAG));
        Instant timestamp = timestampOf(etag);
        if (timestamp == null) {
            return get(table, entity.partitionKey(), entity.rowKey()).orElseThrow(() -> new IllegalStateException(
                    "entity (" + entity.partitionKey() + ", " + entity.rowKey() + ") vanished after its write"));
        }
        return new TableEntity(entity.partitionKey(), entity.rowKey(), normalised(entity.properties()), etag, timestamp);
    }

    /**
     * The ETag as the service writes it in an entity's body: Azurite 3.37 leaves the closing quote off the header
     * of a write, and refuses that text back in an If-Match (400 InvalidInput).
     */
    static String wellFormed(String etag) {
        return etag != null && etag.startsWith("W/\"") && !etag.endsWith("\"") ? etag + "\"" : etag;
    }

    static Instant timestampOf(String etag) {
        if (etag == null) {
            return null;
        }
        Matcher m = DATETIME_ETAG.matcher(etag);
        if (!m.matches()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(URLDecoder.decode(m.group(1), StandardCharsets.UTF_8)).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static TableEntity toEntity(com.azure.data.tables.models.TableEntity e) {
        Map<String, Object> properties = new LinkedHashMap<>();
        e.getProperties().forEach((name, value) -> {
            if (!isSystemProperty(name) && value != null) {
                properties.put(name, normalised(value));
            }
        });
        Instant timestamp = e.getTimestamp() == null ? null : e.getTimestamp().toInstant();
        return new TableEntity(e.getPartitionKey(), e.getRowKey(), properties, e.getETag(), timestamp);
    }

    private static com.azure.data.tables.models.TableEntity toSdkEntity(String table, TableEntity entity) {
        TableNames.checkTable(table);
        Objects.requireNonNull(entity, "'entity' must not be null");
        TableNames.checkKey("partitionKey", entity.partitionKey());
        TableNames.checkKey("rowKey", entity.rowKey());
        var sdkEntity = new com.azure.data.tables.models.TableEntity(entity.partitionKey(), entity.rowKey());
        entity.properties().forEach((name, value) -> {
            if (!(value instanceof String || value instanceof Number || value instanceof Boolean)) {
                throw new IllegalArgumentException("property '" + name + "' must be a string, number or boolean");
            }
            if (isSystemProperty(name)) {
                throw new IllegalArgumentException("property '" + name + "' is a name Table Storage keeps for itself");
            }
            sdkEntity.addProperty(name, normalised(value));
        });
        return sdkEntity;
    }

    /** The keys, Timestamp, and the OData annotations the SDK lists among the properties ({@code x@odata.type}). */
    private static boolean isSystemProperty(String name) {
        return SYSTEM_PROPERTIES.contains(name) || name.contains("@odata.");
    }

    /** Integers as Int64, other numbers as Double: what a JSON round trip gives in the embedded tables. */
    private static Object normalised(Object value) {
        if (value instanceof Byte || value instanceof Short || value instanceof Integer) {
            return ((Number) value).longValue();
        }
        if (value instanceof BigInteger big) {
            return big.longValueExact();
        }
        if (value instanceof Float || value instanceof BigDecimal) {
            return ((Number) value).doubleValue();
        }
        return value;
    }

    private static Map<String, Object> normalised(Map<String, Object> properties) {
        Map<String, Object> normalised = new LinkedHashMap<>();
        properties.forEach((name, value) -> normalised.put(name, normalised(value)));
        return normalised;
    }

    private static com.azure.data.tables.models.TableEntity withETag(
            com.azure.data.tables.models.TableEntity entity, String etag) {
        // The SDK reads the ETag to send as If-Match from the entity's odata.etag property.
        entity.getProperties().put("odata.etag", etag);
        return entity;
    }


}
