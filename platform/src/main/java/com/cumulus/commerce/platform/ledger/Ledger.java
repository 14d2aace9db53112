package com.cumulus.commerce.platform.ledger;

import javax.sql.DataSource;

/**
 * An app's SQL database for money records (Azure SQL Database in Azure, an embedded engine locally), reached
 * through plain JDBC. The app owns its schema (Flyway migrations written for every {@link LedgerVendor}) and its
 * statements; the port only says where the database is and which engine answers, for the few places where the
 * dialects differ (error codes, locking hints).
 */
public interface Ledger {

    /** Hands out connections; callers close each one after use. */
    DataSource dataSource();

    LedgerVendor vendor();
}
