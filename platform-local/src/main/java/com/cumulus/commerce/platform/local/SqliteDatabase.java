package com.cumulus.commerce.platform.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One SQLite file in WAL mode with {@code synchronous=NORMAL}: a commit reaches the OS before the call
 * returns, so it survives a kill of the process (not a power cut; see the README). Writes go through one
 * connection under a lock, in a transaction each, which is also what gives commit-ordered sequence numbers;
 * reads use a connection per thread and see the last committed state.
 */
final class SqliteDatabase implements AutoCloseable {

    private final String url;
    private final ReentrantLock writeLock = new ReentrantLock();
    private final Connection writer;
    private final ThreadLocal<Connection> readers;
    private final List<Connection> allReaders = new CopyOnWriteArrayList<>();
    private volatile boolean closed;

    private SqliteDatabase(Path file) throws SQLException {
        this.url = "jdbc:sqlite:" + file.toAbsolutePath();
        this.writer = StatementCache.wrap(connect());
        this.readers = ThreadLocal.withInitial(() -> {
            try {
                Connection c = connect();
                // the driver refuses setReadOnly on an open connection; the pragma gives the same guard
                try (var st = c.createStatement()) {
                    st.execute("PRAGMA query_only=ON");
                }
                Connection cached = StatementCache.wrap(c);
                allReaders.add(cached);
                return cached;
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
                try (var st = c.createStatement()) {
                    for (String sql : schema) {
                        st.execute(sql);
                    }
                }
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
        Connection c = DriverManager.getConnection(url);
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
            writer.setAutoCommit(false);
            try {
                T result = work.apply(writer);
                writer.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                writer.rollback();
                throw e;
            } finally {
                writer.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new SqliteException("write failed on " + url, e);
        } finally {
            writeLock.unlock();
        }
    }

    /** Runs {@code work} on this thread's read connection, in one read transaction (a consistent snapshot). */
    <T> T read(SqlWork<T> work) {
        ensureOpen();
        Connection c = readers.get();
        try {
            c.setAutoCommit(false);
            try {
                return work.apply(c);
            } finally {
                c.rollback();
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new SqliteException("read failed on " + url, e);
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
            for (Connection c : allReaders) {
                closeQuietly(c);
            }
            closeQuietly(writer);
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
