package com.cumulus.commerce.systemtests;

import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Reads the payments ledger the way an auditor would: money the shop holds for sales (credits to
 * {@code sales} net of reversals), capture entries per payment, and whether every journal entry balances.
 */
public final class LedgerBook {

    private final DataSource dataSource;

    LedgerBook(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Net sales of one payment in minor units: captured minus refunded or voided after capture. */
    public long netSales(String paymentId) {
        return -sum("SELECT COALESCE(SUM(p.amount_minor), 0) FROM postings p JOIN journal_entries e"
                + " ON e.entry_id = p.entry_id WHERE p.account = 'sales' AND e.payment_id = ?", paymentId);
    }

    /** Net sales over the whole ledger. */
    public long totalNetSales() {
        return -sum("SELECT COALESCE(SUM(amount_minor), 0) FROM postings WHERE account = 'sales'", null);
    }

    public long captureEntries(String paymentId) {
        return sum("SELECT COUNT(*) FROM journal_entries WHERE kind = 'capture' AND payment_id = ?", paymentId);
    }

    /** Journal entries of one payment, of any kind. */
    public long journalEntries(String paymentId) {
        return sum("SELECT COUNT(*) FROM journal_entries WHERE payment_id = ?", paymentId);
    }

    /** Posting lines of one payment's journal entries. */
    public long postingLines(String paymentId) {
        return sum("SELECT COUNT(*) FROM postings p JOIN journal_entries e ON e.entry_id = p.entry_id"
                + " WHERE e.payment_id = ?", paymentId);
    }

    /** The sum of one payment's postings: zero when its entries balance. */
    public long postingsSum(String paymentId) {
        return sum("SELECT COALESCE(SUM(p.amount_minor), 0) FROM postings p JOIN journal_entries e"
                + " ON e.entry_id = p.entry_id WHERE e.payment_id = ?", paymentId);
    }

    /** Journal entries whose postings do not sum to zero; an honest ledger has none. */
    public long unbalancedEntries() {
        return sum("SELECT COUNT(*) FROM (SELECT entry_id FROM postings GROUP BY entry_id"
                + " HAVING SUM(amount_minor) <> 0) unbalanced", null);
    }

    private long sum(String sql, String parameter) {
        try (var connection = dataSource.getConnection(); var statement = connection.prepareStatement(sql)) {
            if (parameter != null) {
                statement.setString(1, parameter);
            }
            try (var rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("ledger query failed: " + e.getMessage(), e);
        }
    }
}
