package com.cumulus.commerce.platform.contract;

import com.cumulus.commerce.platform.Clock;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * What every contract over a store kept in a data folder shares: a fresh folder and a manual clock per test,
 * the store opened before each test and closed after it, and {@link #restart()} to reopen the same folder as a
 * process restart would. A suite says what the store is; an implementation's test says how to open it.
 *
 * @param <S> the port under contract
 */
public abstract class StoreContract<S> {

    private static final Instant DEFAULT_START = Instant.parse("2026-03-01T09:00:00Z");

    @TempDir
    protected Path dataDir;

    protected final ManualClock clock;

    private S store;

    protected StoreContract() {
        this(DEFAULT_START);
    }

    protected StoreContract(Instant start) {
        this.clock = new ManualClock(start);
    }

    /** A store on {@code dataDir}; opening the same folder again must see everything written before. */
    protected abstract S open(Path dataDir, Clock clock);

    protected void close(S opened) throws Exception {
        if (opened instanceof AutoCloseable closeable) {
            closeable.close();
        }
    }

    /** The store the current test works on; a new one after each {@link #restart()}. */
    protected final S store() {
        return store;
    }

    /** Closes and reopens the store on the same folder, as a process restart would. */
    protected final S restart() throws Exception {
        close(store);
        store = open(dataDir, clock);
        return store;
    }

    @BeforeEach
    final void openStoreOnDataDir() {
        store = open(dataDir, clock);
    }

    @AfterEach
    final void closeStoreOnDataDir() throws Exception {
        close(store);
    }
}
