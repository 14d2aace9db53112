package com.cumulus.commerce.platform.azure;

import com.cumulus.commerce.platform.config.AppSettings;
import com.cumulus.commerce.platform.ledger.Ledger;
import com.cumulus.commerce.platform.ledger.LedgerVendor;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * {@link Ledger} on Azure SQL Database through mssql-jdbc and a HikariCP pool. The JDBC URL is built from
 * {@code SqlConnection__serverName} and {@code SqlConnection__database} with Microsoft Entra authentication: the
 * app's managed identity in Azure ({@code SqlConnection__credential=managedidentity}, the user-assigned one named
 * by {@code SqlConnection__clientId}), the developer's credentials through azure-identity's default chain
 * elsewhere. No setting carries a password. A complete JDBC URL under {@code SqlConnection} is taken as it is
 * (tests, local engines). The pool opens no connection before one is asked for and keeps none idle past its idle
 * timeout, so an app starts while the database is still waking up and many scaled-out instances do not hold the
 * database's connections between bursts; the app runs its own Flyway migrations on {@link #dataSource()}.
 */
final class AzureSqlLedger implements Ledger, AutoCloseable {

    static final String CONNECTION = "SqlConnection";
    private static final List<String> PASSWORD_SETTINGS = List.of("password", "user", "userName");

    private final HikariDataSource pool;
    private final LedgerVendor vendor;

    private AzureSqlLedger(HikariDataSource pool, LedgerVendor vendor) {
        this.pool = pool;
        this.vendor = vendor;
    }

    static AzureSqlLedger open(AppSettings settings) {
        String url = jdbcUrl(ServiceConnection.named(settings, CONNECTION));
        var config = new HikariConfig();
        config.setPoolName("ledger");
        config.setJdbcUrl(url);
        config.setInitializationFailTimeout(-1);
        config.setMinimumIdle(0);
        return new AzureSqlLedger(new HikariDataSource(config), vendorOf(url));
    }

    /** The JDBC URL the settings describe; never holds a secret, so it may be logged. */
    static String jdbcUrl(ServiceConnection connection) {
        for (String property : PASSWORD_SETTINGS) {
            if (connection.property(property).isPresent()) {
                throw new IllegalStateException("app setting '" + connection.name() + "__" + property
                        + "' is not accepted: the ledger signs in with Microsoft Entra ID, never with a password");
            }
        }
        var connectionString = connection.connectionString();
        if (connectionString.isPresent()) {
            if (!connectionString.get().startsWith("jdbc:")) {
                throw new IllegalStateException("app setting '" + connection.name()
                        + "' must be a JDBC URL (jdbc:sqlserver://...), or use '" + connection.name()
                        + "__serverName' and '" + connection.name() + "__database'");
            }
            return connectionString.get();
        }
        String server = urlValue(connection, "serverName");
        String database = urlValue(connection, "database");
        String host = server.contains(".") ? server : server + ".database.windows.net";
        boolean managedIdentity = connection.property("credential")
                .map(c -> c.equalsIgnoreCase("managedidentity")).orElse(false);
        var url = new StringBuilder("jdbc:sqlserver://").append(host).append(":1433")
                .append(";databaseName=").append(database)
                .append(";encrypt=true;trustServerCertificate=false;loginTimeout=30")
                .append(";authentication=")
                .append(managedIdentity ? "ActiveDirectoryManagedIdentity" : "ActiveDirectoryDefault");
        if (managedIdentity && connection.property("clientId").isPresent()) {
            url.append(";msiClientId=").append(urlValue(connection, "clientId"));
        }
        return url.toString();
    }

    static LedgerVendor vendorOf(String jdbcUrl) {
        Objects.requireNonNull(jdbcUrl, "'jdbcUrl' must not be null");
        if (jdbcUrl.startsWith("jdbc:sqlserver:")) {
            return LedgerVendor.SQL_SERVER;
        }
        if (jdbcUrl.startsWith("jdbc:h2:")) {
            return LedgerVendor.H2;
        }
        throw new IllegalStateException("app setting '" + CONNECTION + "' names neither SQL Server nor H2");
    }

    @Override
    public DataSource dataSource() {
        return pool;
    }

    @Override
    public LedgerVendor vendor() {
        return vendor;
    }

    @Override
    public void close() {
        pool.close();
    }

    /** A required setting that goes into the URL: characters that would start another URL property are refused. */
    private static String urlValue(ServiceConnection connection, String property) {
        String value = connection.requireProperty(property).trim();
        if (value.isEmpty() || value.chars().anyMatch(c -> c == ';' || c == '=' || c == '{' || c == '}')) {
            throw new IllegalStateException("app setting '" + connection.name() + "__" + property
                    + "' must be a plain name");
        }
        return value;
    }
}
