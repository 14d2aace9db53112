package com.cumulus.commerce.platform.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.cumulus.commerce.platform.contract.ManualClock;
import com.cumulus.commerce.platform.ledger.LedgerVendor;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedLedgerTest {

    @TempDir
    Path dataDir;

    @Test
    void ledgerIsASqliteFileInWalModeThatSurvivesAReopen() throws Exception {
        var clock = ManualClock.startingAt("2026-03-01T09:00:00Z");
        try (var platform = new LocalPlatform(dataDir, clock)) {
            assertThat(platform.ledger().vendor()).isEqualTo(LedgerVendor.SQLITE);
            try (var c = platform.ledger().dataSource().getConnection(); var st = c.createStatement()) {
                st.execute("CREATE TABLE probe (id VARCHAR(10) NOT NULL PRIMARY KEY)");
                st.execute("INSERT INTO probe (id) VALUES ('a')");
                if (!c.getAutoCommit()) {
                    c.commit();
                }
                try (var rs = st.executeQuery("PRAGMA journal_mode")) {
                    rs.next();
                    assertThat(rs.getString(1)).isEqualToIgnoringCase("wal");
                }
                try (var rs = st.executeQuery("PRAGMA busy_timeout")) {
                    rs.next();
                    assertThat(rs.getInt(1)).isEqualTo(EmbeddedLedger.BUSY_TIMEOUT_MILLIS);
                }
            }
        }
        assertThat(dataDir.resolve("ledger.db")).exists();
        try (var platform = new LocalPlatform(dataDir, clock);
             var c = platform.ledger().dataSource().getConnection();
             var rs = c.createStatement().executeQuery("SELECT count(*) FROM probe")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(1);
        }
    }
}
