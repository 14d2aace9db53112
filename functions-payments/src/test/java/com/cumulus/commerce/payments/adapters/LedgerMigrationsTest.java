package com.cumulus.commerce.payments.adapters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cumulus.commerce.payments.model.JournalEntry;
import com.cumulus.commerce.payments.model.PaymentId;
import com.cumulus.commerce.payments.model.RefundId;
import com.cumulus.commerce.platform.Clock;
import com.cumulus.commerce.platform.local.LocalPlatform;
import com.cumulus.commerce.platform.money.Money;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code db/ledger} migrations and the journal's statements on the embedded SQLite ledger and on H2 in its
 * MSSQLServer compatibility mode, as a check that the SQL suits SQL Server. H2's mode is an approximation: real
 * Azure SQL Database is not tested here.
 */
class LedgerMigrationsTest {

    @TempDir
    Path dataDir;

    @Test
    void migrationsApplyOnSqliteAndOnH2InSqlServerMode() throws Exception {
        try (var platform = new LocalPlatform(dataDir, Clock.system())) {
            assertMigratesAndRecords(platform.ledger().dataSource());
        }
        assertMigratesAndRecords(h2());
    }

    @Test
    void secondStartAppliesNothing() {
        var dataSource = h2();
        assertThat(LedgerMigrations.migrate(dataSource)).isEqualTo(1);
        assertThat(LedgerMigrations.migrate(dataSource)).isZero();
    }

    @Test
    void schemaRefusesAZeroPostingAndAnOrphanPosting() throws Exception {
        var dataSource = h2();
        LedgerMigrations.migrate(dataSource);
        try (var c = dataSource.getConnection(); var st = c.createStatement()) {
            assertThatThrownBy(() -> st.executeUpdate("INSERT INTO postings (entry_id, line_no, account, amount_minor,"
                    + " currency) VALUES ('missing', 1, 'sales', 100, 'EUR')")).isInstanceOf(SQLException.class);
            st.executeUpdate("INSERT INTO journal_entries (entry_id, idempotency_key, payment_id, kind, created_at)"
                    + " VALUES ('e1', 'k1', 'p1', 'capture', '2026-01-01T00:00:00Z')");
            assertThatThrownBy(() -> st.executeUpdate("INSERT INTO postings (entry_id, line_no, account, amount_minor,"
                    + " currency) VALUES ('e1', 1, 'sales', 0, 'EUR')")).isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> st.executeUpdate("INSERT INTO journal_entries (entry_id, idempotency_key,"
                    + " payment_id, kind, created_at) VALUES ('e2', 'k1', 'p1', 'capture', '2026-01-01T00:00:00Z')"))
                    .isInstanceOf(SQLException.class);
        }
    }

    @Test
    void concurrentRecordingsOfOneEntryLeaveOne() throws Exception {
        try (var platform = new LocalPlatform(dataDir, Clock.system())) {
            LedgerMigrations.migrate(platform.ledger().dataSource());
            var journal = new JdbcLedgerJournal(platform.ledger().dataSource());
            var entry = JournalEntry.capture(PaymentId.of("pay_raceraceraceraceraceracers"), Money.of(500, "EUR"), Instant.now());
            var pool = Executors.newFixedThreadPool(6);
            var tasks = new ArrayList<Callable<Boolean>>();
            for (int i = 0; i < 6; i++) {
                tasks.add(() -> journal.record(entry));
            }
            var recorded = 0;
            for (var result : pool.invokeAll(tasks, 30, TimeUnit.SECONDS)) {
                recorded += result.get() ? 1 : 0;
            }
            pool.shutdown();

            assertThat(recorded).isEqualTo(1);
            assertThat(journal.entriesOf(PaymentId.of("pay_raceraceraceraceraceracers"))).hasSize(1);
        }
    }

    private static void assertMigratesAndRecords(DataSource dataSource) throws SQLException {
        assertThat(LedgerMigrations.migrate(dataSource)).isEqualTo(1);
        var journal = new JdbcLedgerJournal(dataSource);
        var paymentId = PaymentId.of("pay_abcdefghijklmnopqrstuvwxyz");
        var refundId = RefundId.of("ref_abcdefghijklmnopqrstuvwxyz");
        var capture = JournalEntry.capture(paymentId, Money.of(1299, "EUR"), Instant.parse("2026-03-01T10:00:00Z"));

        assertThat(journal.record(capture)).isTrue();
        assertThat(journal.record(capture)).isFalse();
        assertThat(journal.record(JournalEntry.refund(paymentId, refundId, Money.of(299, "EUR"),
                Instant.parse("2026-03-01T11:00:00Z")))).isTrue();

        var entries = journal.entriesOf(paymentId);
        assertThat(entries).extracting(JournalEntry::idempotencyKey).containsExactly("capture:" + paymentId,
                "refund:" + refundId);
        assertThat(entries.get(0).postings()).isEqualTo(capture.postings());
        try (var c = dataSource.getConnection(); var st = c.createStatement();
             var rs = st.executeQuery("SELECT entry_id FROM postings GROUP BY entry_id, currency"
                     + " HAVING SUM(amount_minor) <> 0")) {
            assertThat(rs.next()).as("every entry sums to zero").isFalse();
        }
    }

    private static DataSource h2() {
        var dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:ledger-" + UUID.randomUUID() + ";MODE=MSSQLServer;DB_CLOSE_DELAY=-1");
        return dataSource;
    }

}
