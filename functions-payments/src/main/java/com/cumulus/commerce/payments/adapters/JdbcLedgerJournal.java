package com.cumulus.commerce.payments.adapters;

import com.cumulus.commerce.payments.application.LedgerJournal;
import com.cumulus.commerce.payments.model.JournalEntry;
import com.cumulus.commerce.payments.model.PaymentId;
import com.cumulus.commerce.payments.model.Posting;
import com.cumulus.commerce.platform.money.Money;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The journal on plain JDBC, in statements every supported engine runs unchanged. An entry and its postings go in
 * one transaction; the unique idempotency key makes a second recording of the same entry a no-op, also when two
 * threads race (the loser's insert fails on the constraint and it finds the winner's entry).
 */
final class JdbcLedgerJournal implements LedgerJournal {

    private final DataSource dataSource;

    JdbcLedgerJournal(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public boolean record(JournalEntry entry) {
        try (var c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                if (exists(c, entry.idempotencyKey())) {
                    c.rollback();
                    return false;
                }
                insert(c, entry);
                c.commit();
                return true;
            } catch (SQLException e) {
                c.rollback();
                if (exists(c, entry.idempotencyKey())) {
                    c.rollback();
                    return false;
                }
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("recording journal entry " + entry.idempotencyKey() + " failed: "
                    + e.getMessage(), e);
        }
    }

    @Override
    public List<JournalEntry> entriesOf(PaymentId paymentId) {
        var sql = "SELECT e.entry_id, e.idempotency_key, e.kind, e.created_at, p.account, p.amount_minor, p.currency"
                + " FROM journal_entries e JOIN postings p ON p.entry_id = e.entry_id"
                + " WHERE e.payment_id = ? ORDER BY e.created_at, e.entry_id, p.line_no";
        try (var c = dataSource.getConnection(); var st = c.prepareStatement(sql)) {
            st.setString(1, paymentId.value());
            var rows = new LinkedHashMap<String, List<Object[]>>();
            try (var rs = st.executeQuery()) {
                while (rs.next()) {
                    rows.computeIfAbsent(rs.getString(1), id -> new ArrayList<>()).add(new Object[] {
                        rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getLong(6),
                        rs.getString(7)});
                }
            }
            if (!c.getAutoCommit()) {
                c.rollback();
            }
            var entries = new ArrayList<JournalEntry>();
            for (var lines : rows.values()) {
                var first = lines.get(0);
                var postings = lines.stream()
                        .map(l -> new Posting((String) l[3], Money.of((Long) l[4], (String) l[5]))).toList();
                entries.add(new JournalEntry((String) first[0], paymentId, (String) first[1],
                        Instant.parse((String) first[2]), postings));
            }
            return entries;
        } catch (SQLException e) {
            throw new IllegalStateException("reading the journal of " + paymentId + " failed: " + e.getMessage(), e);
        }
    }

    private static boolean exists(Connection c, String key) throws SQLException {
        try (var st = c.prepareStatement("SELECT 1 FROM journal_entries WHERE idempotency_key = ?")) {
            st.setString(1, key);
            try (var rs = st.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static void insert(Connection c, JournalEntry entry) throws SQLException {
        var entryId = UUID.randomUUID().toString();
        try (var st = c.prepareStatement("INSERT INTO journal_entries (entry_id, idempotency_key, payment_id, kind,"
                + " created_at) VALUES (?, ?, ?, ?, ?)")) {
            st.setString(1, entryId);
            st.setString(2, entry.idempotencyKey());
            st.setString(3, entry.paymentId().value());
            st.setString(4, entry.kind());
            st.setString(5, entry.createdAt().toString());
            st.executeUpdate();
        }
        try (var st = c.prepareStatement("INSERT INTO postings (entry_id, line_no, account, amount_minor, currency)"
                + " VALUES (?, ?, ?, ?, ?)")) {
            int line = 1;
            for (var posting : entry.postings()) {
                st.setString(1, entryId);
                st.setInt(2, line++);
                st.setString(3, posting.account());
                st.setLong(4, posting.amount().amount());
                st.setString(5, posting.amount().currency());
                st.addBatch();
            }
            st.executeBatch();
        }
    }
}
