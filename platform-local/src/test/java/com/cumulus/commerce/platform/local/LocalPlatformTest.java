package com.cumulus.commerce.platform.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cumulus.commerce.platform.contract.ManualClock;
import com.cumulus.commerce.platform.tables.TableEntity;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalPlatformTest {

    @TempDir
    Path dataDir;

    private final ManualClock clock = ManualClock.startingAt("2026-03-01T09:00:00Z");

    @Test
    void storesLiveInTheDataDirectoryAndSurviveAReopen() {
        String secret;
        byte[] dataKey = {1, 2, 3, 4};
        com.cumulus.commerce.platform.keys.WrappedKey wrapped;
        try (var platform = new LocalPlatform(dataDir, clock)) {
            wrapped = platform.keys().wrap("profile-pii", dataKey);
            platform.documents().container("orders").create("c1", "o1", "{\"total\":100}");
            platform.tables().insert("carts", TableEntity.of("u1", "line-1", Map.of("quantity", 1L)));
            secret = platform.secrets().getOrCreateRandom("signing-key");
            platform.cache().put("k", "v", Duration.ofMinutes(1));
            assertThat(platform.clock()).isSameAs(clock);
        }

        assertThat(dataDir.resolve("documents.db")).exists();
        assertThat(dataDir.resolve("tables.db")).exists();
        assertThat(dataDir.resolve("vault.db")).exists();
        assertThat(dataDir.resolve("keys.db")).exists();
        assertThat(dataDir.resolve("messaging.db")).exists();
        assertThat(dataDir.resolve("streams.db")).exists();
        try (var platform = new LocalPlatform(dataDir, clock)) {
            assertThat(platform.documents().container("orders").read("c1", "o1")).isPresent();
            assertThat(platform.tables().get("carts", "u1", "line-1")).isPresent();
            assertThat(platform.secrets().get("signing-key")).contains(secret);
            assertThat(platform.keys().unwrap(wrapped)).isEqualTo(dataKey);
            assertThat(platform.cache().get("k")).as("the cache is not durable").isEmpty();
        }
    }

    @Test
    void closeClosesEveryStoreOnceAndTellsItsOwner() {
        var closedPlatforms = new ArrayList<LocalPlatform>();
        var platform = new LocalPlatform(dataDir, clock, closedPlatforms::add);
        var orders = platform.documents().container("orders");

        platform.close();
        platform.close();

        assertThat(closedPlatforms).containsExactly(platform);
        assertThatThrownBy(() -> orders.read("c1", "o1")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> platform.tables().get("carts", "u1", "r1")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> platform.secrets().get("signing-key")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> platform.keys().rotate("profile-pii")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void dataDirectoryIsAbsolute() {
        try (var platform = new LocalPlatform(dataDir.resolve("nested/../here"), clock)) {
            assertThat(platform.dataDir()).isEqualTo(dataDir.resolve("here").toAbsolutePath());
        }
    }

    @Test
    void aSecondPlatformOnTheSameFolderIsRefusedUntilTheFirstCloses() {
        try (var first = new LocalPlatform(dataDir, clock)) {
            assertThatThrownBy(() -> new LocalPlatform(dataDir, clock))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("is in use by another process");
            first.documents().container("still-usable").upsert("a", "a", "{}");
        }
        try (var again = new LocalPlatform(dataDir, clock)) {
            assertThat(again.documents().container("still-usable").read("a", "a")).isPresent();
        }
    }

    @Test
    void eachOpeningIsTheSoleUserOfItsFolderUnderANewInstanceId() {
        String firstId;
        try (var first = new LocalPlatform(dataDir, clock)) {
            firstId = first.instance().id();
            assertThat(first.instance().soleUser()).isTrue();
            assertThat(first.instance().mayStillRun(firstId)).isTrue();
        }
        try (var again = new LocalPlatform(dataDir, clock)) {
            assertThat(again.instance().id()).isNotEqualTo(firstId);
            assertThat(again.instance().mayStillRun(firstId)).as("the earlier opening is gone").isFalse();
        }
    }
}
