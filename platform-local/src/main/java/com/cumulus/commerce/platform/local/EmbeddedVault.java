package com.cumulus.commerce.platform.local;

import com.cumulus.commerce.platform.Clock;
import com.cumulus.commerce.platform.secrets.Secrets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Key Vault secrets in a SQLite file readable by its owner only (where the file system has POSIX
 * permissions; SQLite gives its WAL files the same mode). Every set adds a version; reads see the newest.
 * Values never appear in exceptions or logs.
 */
final class EmbeddedVault implements Secrets, AutoCloseable {

    private static final Pattern NAME = Pattern.compile("[0-9A-Za-z-]{1,127}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SqliteDatabase db;
    private final Clock clock;

    private EmbeddedVault(SqliteDatabase db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    static EmbeddedVault open(Path file, Clock clock) {
        return OwnerOnlyFiles.openDatabase(file, clock, """
                CREATE TABLE IF NOT EXISTS secrets (
                    name TEXT NOT NULL,
                    version INTEGER NOT NULL,
                    value TEXT NOT NULL,
                    created TEXT NOT NULL,
                    PRIMARY KEY (name, version)
                ) WITHOUT ROWID""", EmbeddedVault::new);
    }

    @Override
    public Optional<String> get(String name) {
        checkName(name);
        return db.read(c -> latest(c, name));
    }

    @Override
    public void set(String name, String value) {
        checkName(name);
        Objects.requireNonNull(value, "'value' must not be null");
        db.write(c -> {
            addVersion(c, name, value);
            return null;
        });
    }

    /** Runs in one write transaction, so concurrent first calls agree on one value. */
    @Override
    public String getOrCreateRandom(String name) {
        checkName(name);
        return db.write(c -> {
            Optional<String> existing = latest(c, name);
            if (existing.isPresent()) {
                return existing.get();
            }
            byte[] bytes = new byte[32];
            RANDOM.nextBytes(bytes);
            String value = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            addVersion(c, name, value);
            return value;
        });
    }

    /** How many versions of the secret are kept. */
    int versions(String name) {
        checkName(name);
        return (int) db.count("SELECT count(*) FROM secrets WHERE name = ?", name);
    }

    @Override
    public void close() {
        db.close();
    }

    private void addVersion(Connection c, String name, String value) throws SQLException {
        try (var st = c.prepareStatement("""
                INSERT INTO secrets (name, version, value, created)
                SELECT ?, coalesce(max(version), 0) + 1, ?, ? FROM secrets WHERE name = ?""")) {
            st.setString(1, name);
            st.setString(2, value);
            st.setString(3, clock.now().toString());
            st.setString(4, name);
            st.executeUpdate();
        }
    }

    private static Optional<String> latest(Connection c, String name) throws SQLException {
        try (var st = c.prepareStatement(
                "SELECT value FROM secrets WHERE name = ? ORDER BY version DESC LIMIT 1")) {
            st.setString(1, name);
            try (var rs = st.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    private static void checkName(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("'name' must be 1 to 127 letters, digits or dashes");
        }
    }
}
