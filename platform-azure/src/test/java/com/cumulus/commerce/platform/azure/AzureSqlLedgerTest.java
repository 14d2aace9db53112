package com.cumulus.commerce.platform.azure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cumulus.commerce.platform.config.AppSettings;
import com.cumulus.commerce.platform.ledger.LedgerVendor;
import com.microsoft.sqlserver.jdbc.SQLServerDriver;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverPropertyInfo;
import java.util.Arrays;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Collectors;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.internal.database.DatabaseTypeRegister;
import org.junit.jupiter.api.Test;

/**
 * The Azure SQL ledger's JDBC URL and sign-in built from the settings, read back by mssql-jdbc itself; and the
 * payments app's Flyway migrations (its own files, not a copy) through this ledger's pool on H2 in SQL Server
 * mode. No SQL Server engine runs here: real Azure SQL is not tested.
 */
class AzureSqlLedgerTest {

    /** The payments app's migrations, read where they live. */
    private static final Path PAYMENTS_MIGRATIONS = Path.of("../functions-payments/src/main/resources/db/ledger");

    @Test
    void inAzureTheAppsManagedIdentitySignsIn() throws Exception {
        String url = url(Map.of("SqlConnection__serverName", "cumulus-sql.database.windows.net",
                "SqlConnection__database", "payments",
                "SqlConnection__credential", "managedidentity",
                "SqlConnection__clientId", "00000000-0000-0000-0000-000000000001"));

        assertThat(url).isEqualTo("jdbc:sqlserver://cumulus-sql.database.windows.net:1433;databaseName=payments"
                + ";encrypt=true;trustServerCertificate=false;loginTimeout=30"
                + ";authentication=ActiveDirectoryManagedIdentity;msiClientId=00000000-0000-0000-0000-000000000001");
        assertThat(driverReads(url)).containsEntry("serverName", "cumulus-sql.database.windows.net")
                .containsEntry("databaseName", "payments")
                .containsEntry("authentication", "ActiveDirectoryManagedIdentity")
                .containsEntry("msiClientId", "00000000-0000-0000-0000-000000000001")
                .hasEntrySatisfying("encrypt", v -> assertThat(v).isEqualToIgnoringCase("true"))
                .hasEntrySatisfying("trustServerCertificate", v -> assertThat(v).isEqualToIgnoringCase("false"));
        assertThat(driverReads(url).get("password")).isNullOrEmpty();
        assertThat(DatabaseTypeRegister.getDatabaseTypesForUrl(url, new FluentConfiguration()))
                .as("Flyway's SQL Server support, which the payments app packages, takes this URL")
                .extracting(Object::toString).contains("SQL Server");
    }

    @Test
    void elsewhereTheDevelopersCredentialsSignInAndAShortServerNameIsCompleted() throws Exception {
        String url = url(Map.of("SqlConnection__serverName", "cumulus-sql", "SqlConnection__database", "payments",
                "SqlConnection__clientId", "ignored-without-managed-identity"));

        assertThat(driverReads(url)).containsEntry("serverName", "cumulus-sql.database.windows.net")
                .containsEntry("authentication", "ActiveDirectoryDefault");
        assertThat(url).doesNotContain("msiClientId");
    }

    @Test
    void noPasswordIsEverAccepted() {
        for (String setting : new String[] {"SqlConnection__password", "SqlConnection__user"}) {
            assertThatThrownBy(() -> url(Map.of("SqlConnection__serverName", "cumulus-sql",
                    "SqlConnection__database", "payments", setting, "hunter2-very-secret")))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining(setting)
                    .hasMessageContaining("Microsoft Entra")
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("hunter2"));
        }
    }

    @Test
    void missingOrUnsafeSettingsAreNamed() {
        assertThatThrownBy(() -> url(Map.of("SqlConnection__database", "payments")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("'SqlConnection__serverName'");
        assertThatThrownBy(() -> url(Map.of("SqlConnection__serverName", "cumulus-sql;password=x",
                "SqlConnection__database", "payments")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("'SqlConnection__serverName'");
        assertThatThrownBy(() -> url(Map.of("SqlConnection", "Server=tcp:cumulus-sql;Database=payments")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("JDBC URL");
    }

    @Test
    void theLedgerOpensWithoutConnectingAndSaysItIsSqlServer() {
        try (var ledger = (AzureSqlLedger) AzureAdapters.ledger(AppSettings.of(Map.of(
                "SqlConnection__serverName", "cumulus-sql.invalid", "SqlConnection__database", "payments",
                "SqlConnection__credential", "managedidentity")))) {
            assertThat(ledger.vendor()).isEqualTo(LedgerVendor.SQL_SERVER);
            assertThat(((HikariDataSource) ledger.dataSource()).getHikariPoolMXBean().getTotalConnections()).isZero();
        }
    }

    @Test
    void thePaymentsMigrationsApplyThroughThePoolOnH2InSqlServerMode() throws Exception {
        assertThat(PAYMENTS_MIGRATIONS.resolve("V1__ledger.sql")).exists();
        String h2 = "jdbc:h2:mem:ledger-" + UUID.randomUUID() + ";MODE=MSSQLServer;DB_CLOSE_DELAY=-1";
        try (var ledger = AzureSqlLedger.open(AppSettings.of(Map.of("SqlConnection", h2)))) {
            assertThat(ledger.vendor()).isEqualTo(LedgerVendor.H2);

            assertThat(migrate(ledger)).isEqualTo(countMigrations());
            assertThat(migrate(ledger)).isZero();
            try (var c = ledger.dataSource().getConnection(); var st = c.createStatement()) {
                st.executeUpdate("INSERT INTO journal_entries (entry_id, idempotency_key, payment_id, kind, created_at)"
                        + " VALUES ('e1', 'k1', 'p1', 'capture', '2026-01-01T00:00:00Z')");
                st.executeUpdate("INSERT INTO postings (entry_id, line_no, account, amount_minor, currency)"
                        + " VALUES ('e1', 1, 'sales', -100, 'EUR')");
                try (var rs = st.executeQuery("SELECT count(*) FROM postings")) {
                    rs.next();
                    assertThat(rs.getInt(1)).isEqualTo(1);
                }
            }
        }
    }

    private static int migrate(AzureSqlLedger ledger) {
        return Flyway.configure().dataSource(ledger.dataSource())
                .locations("filesystem:" + PAYMENTS_MIGRATIONS.toAbsolutePath())
                .load().migrate().migrationsExecuted;
    }

    private static int countMigrations() throws Exception {
        try (var files = Files.list(PAYMENTS_MIGRATIONS)) {
            return (int) files.filter(f -> f.getFileName().toString().matches("V\\d+__.*\\.sql")).count();
        }
    }

    private static String url(Map<String, String> settings) {
        return AzureSqlLedger.jdbcUrl(ServiceConnection.named(AppSettings.of(settings), "SqlConnection"));
    }

    private static Map<String, String> driverReads(String url) throws Exception {
        var driver = new SQLServerDriver();
        assertThat(driver.acceptsURL(url)).isTrue();
        DriverPropertyInfo[] info = driver.getPropertyInfo(url, new Properties());
        return Arrays.stream(info).filter(p -> p.value != null)
                .collect(Collectors.toMap(p -> p.name, p -> p.value, (a, b) -> a));
    }
}
