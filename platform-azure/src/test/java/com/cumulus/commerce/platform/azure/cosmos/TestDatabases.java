package com.cumulus.commerce.platform.azure.cosmos;

import java.nio.file.Path;
import java.util.UUID;

/** One database per test data folder, so a restart of the store (same folder) sees the same database. */
final class TestDatabases {

    private TestDatabases() {
    }

    static String named(Path dataDir) {
        return "test-" + UUID.nameUUIDFromBytes(dataDir.toAbsolutePath().toString().getBytes()).toString().substring(0, 18);
    }
}
