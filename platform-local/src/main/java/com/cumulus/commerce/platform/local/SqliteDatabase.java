package com.cumulus.commerce.platform.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One SQLite file in WAL mode with {@code synchronous=NORMAL}: a commit reaches the OS before the call
 * returns, so it survives a kill of the process (not a power cut; see the README). Writes go through one
 * connection under a lock, in a transaction each, which is also what gives commit-ordered sequence numbers;
 * reads use a connection per thread and see the last committed state.
 *
 * <p>Every connection stays in the driver's manual-commit mode and always has a deferred transaction open
 * between calls, which takes no lock and no snapshot until its first statement. Each call ends with its own
 * prepared {@code COMMIT} or {@code ROLLBACK} and a {@code BEGIN} for the next one: the driver's
 * {@code setAutoCommit}/{@code commit} pair would compile four statements per call instead.
 */
final class SqliteDatabase implements AutoCloseable {

    private final String url;
    private final ReentrantLock writeLock = new ReentrantLock();
    private final Transactional writer;
    private final List<Runnable> rollbackListeners = new CopyOnWriteArrayList<>();
    private final ThreadLocal<Transactional> readers;
    private final List<Transactional> allReaders = new CopyOnWriteArrayList<>();
    private volatile boolean closed;

    private SqliteDatabase(Path file) throws SQLException {
        this.url = "jdbc:sqlite:" + file.toAbsolutePath();
        this.writer = new Transactional(StatementCache.wrap(connect()));
        this.readers = ThreadLocal.withInitial(() -> {
            try {
                Connection c = connect();
                // the driver refuses setReadOnly on an open connection; the pragma gives the same guard
                try (var st = c.createStatement()) {
                    st.execute("PRAGMA query_only=ON");
                }
                Transactional reader = new Transactional(StatementCache.wrap(c));
                allReaders.add(reader);
                return reader;
            } catch (SQLException e) {
                throw new SqliteException("cannot open a read connection to " + url, e);
            }
        });
    }

    /** Opens (creating if needed) the file and runs the schema statements, which must be idempotent. */
    static SqliteDatabase open(Path file, String... schema) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            SqliteDatabase db = new SqliteDatabase(file);
            db.write(c -> {
                execute(c, schema);
                return null;
            });
            return db;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new SqliteException("cannot open " + file, e);
        }
    }

    private Connection connect() throws SQLException {
        Properties properties = new Properties();
        // otherwise the driver runs SELECT last_insert_rowid() after every INSERT, compiling it each time
        properties.setProperty("jdbc.get_generated_keys", "false");
        Connection c = DriverManager.getConnection(url, properties);
        try (var st = c.createStatement()) {
            st.execute("PRAGMA journal_mode=WAL");
            st.execute("PRAGMA synchronous=NORMAL");
            st.execute("PRAGMA busy_timeout=10000");
            st.execute("PRAGMA foreign_keys=ON");
        }
        return c;
    }

    /** Runs {@code work} in one write transaction; commits on return, rolls back on any exception. */
    <T> T write(SqlWork<T> work) {
        writeLock.lock();
        try {
            ensureOpen();
            return writer.run(work, true, rollbackListeners);
        } catch (SQLException e) {
            throw new SqliteException("write failed on " + url, e);
        } finally {
            writeLock.unlock();
        }
    }

    /**
     * Calls {@code listener} under the write lock after every rolled-back write, so that state kept in memory
     * beside the database (a reserved sequence) can forget what the rolled-back transaction did.
     */
    void onRollback(Runnable listener) {
        rollbackListeners.add(Objects.requireNonNull(listener, "'listener' must not be null"));
    }

    /** Runs {@code work} on this thread's read connection, in one read transaction (a consistent snapshot). */
    <T> T read(SqlWork<T> work) {
        ensureOpen();
        try {
            return readers.get().run(work, false, List.of());
        } catch (SQLException e) {
            throw new SqliteException("read failed on " + url, e);
        }
    }

    /** Runs a {@code SELECT count(*)} query with one text parameter on this thread's read connection. */
    long count(String sql, String parameter) {
        return read(c -> {
            try (var st = c.prepareStatement(sql)) {
                st.setString(1, parameter);
                try (var rs = st.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    /** Runs idempotent schema statements (or any statements without parameters) in the current transaction. */
    static void execute(Connection c, String... statements) throws SQLException {
        try (var st = c.createStatement()) {
            for (String sql : statements) {
                st.execute(sql);
            }
        }
    }

    /** Whether {@code table} exists and its definition has {@code clause}: to recognise a file from an older schema. */
    static boolean createdWith(Connection c, String table, String clause) throws SQLException {
        try (var st = c.prepareStatement("SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = ?")) {
            st.setString(1, table);
            try (var rs = st.executeQuery()) {
                return rs.next() && rs.getString(1).toUpperCase(Locale.ROOT).contains(clause);
            }
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("database is closed: " + url);
        }
    }

    @Override
    public void close() {
        writeLock.lock();
        try {
            closed = true;
            for (Transactional reader : allReaders) {
                closeQuietly(reader.connection);
            }
            closeQuietly(writer.connection);
        } finally {
            writeLock.unlock();
        }
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // closing on shutdown: nothing left to do with a failure
        }
    }

    /** A connection with its transaction statements prepared once. Used by one thread at a time. */
    private static final class Transactional {

        private final Connection connection;
        private final PreparedStatement begin;
        private final PreparedStatement commit;
        private final PreparedStatement rollback;

        Transactional(Connection connection) throws SQLException {
            this.connection = connection;
            connection.setAutoCommit(false);
            this.begin = connection.prepareStatement("BEGIN");
            this.commit = connection.prepareStatement("COMMIT");
            this.rollback = connection.prepareStatement("ROLLBACK");
        }

        <T> T run(SqlWork<T> work, boolean keep, List<Runnable> onRollback) throws SQLException {
            T result;
            try {
                result = work.apply(connection);
                (keep ? commit : rollback).execute();
            } catch (SQLException | RuntimeException e) {
                try {
                    rollback.execute();
                } catch (SQLException failed) {
                    // the failed commit may already have ended the transaction; the BEGIN below tells
                    e.addSuppressed(failed);
                }
                onRollback.forEach(Runnable::run);
                begin.execute();
                throw e;
            }
            begin.execute();
            return result;
        }
    }

    @FunctionalInterface
    interface SqlWork<T> {
        T apply(Connection connection) throws SQLException;
    }

    /** An engine failure: a bug or a broken disk, never a business outcome. */
    static final class SqliteException extends RuntimeException {
        SqliteException(String message, SQLException cause) {
            super(message + ": " + cause.getMessage(), cause);
        }
    }
}
