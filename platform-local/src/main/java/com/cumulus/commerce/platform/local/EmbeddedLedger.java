package com.cumulus.commerce.platform.local;

import com.cumulus.commerce.platform.ledger.Ledger;
import com.cumulus.commerce.platform.ledger.LedgerVendor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import javax.sql.DataSource;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The ledger database as one SQLite file ({@code ledger.db}) in WAL mode with {@code synchronous=NORMAL}, as the
 * other embedded stores: a commit reaches the OS before it returns. Every connection starts its transactions
 * IMMEDIATE, so a writer takes the write lock at {@code BEGIN} and waits up to {@code busy_timeout} for another
 * writer instead of failing when it later upgrades a read lock. One writer at a time is plenty for a ledger.
 */
final class EmbeddedLedger implements Ledger {

    static final int BUSY_TIMEOUT_MILLIS = 10_000;

    private final SQLiteDataSource dataSource;

    private EmbeddedLedger(SQLiteDataSource dataSource) {
        this.dataSource = dataSource;
    }

    static EmbeddedLedger open(Path file) {
        Objects.requireNonNull(file, "'file' must not be null");
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
        config.enforceForeignKeys(true);
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        var dataSource = new SQLiteDataSource(config);
        dataSource.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
        return new EmbeddedLedger(dataSource);
    }

    @Override
    public DataSource dataSource() {
        return dataSource;
    }

    @Override
    public LedgerVendor vendor() {
        return LedgerVendor.SQLITE;
    }
}
