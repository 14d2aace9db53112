package com.cumulus.commerce.payments.adapters;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Brings the ledger database to the schema of {@code db/ledger} (Flyway, run at app start). The scripts are
 * written in the SQL that Azure SQL and SQLite both accept, so the same files serve both.
 */
public final class LedgerMigrations {

    public static final String LOCATION = "classpath:db/ledger";

    private LedgerMigrations() {
    }

    /** @return the number of migrations applied by this call (0 when the schema was current) */
    public static int migrate(DataSource dataSource) {
        return Flyway.configure(LedgerMigrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations(LOCATION)
                .load()
                .migrate()
                .migrationsExecuted;
    }
}
