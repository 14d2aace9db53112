package com.cumulus.commerce.platform.ledger;

/** The SQL engine behind a {@link Ledger}. */
public enum LedgerVendor {
    /** Azure SQL Database (T-SQL). */
    SQL_SERVER,
    /** The embedded engine of platform-local. */
    SQLITE,
    /** H2, used by tests in its MSSQLServer compatibility mode. */
    H2
}
