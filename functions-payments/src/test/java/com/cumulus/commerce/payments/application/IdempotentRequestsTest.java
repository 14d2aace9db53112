package com.cumulus.commerce.payments.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cumulus.commerce.payments.adapters.PaymentsAdapters;
import com.cumulus.commerce.platform.local.LocalPlatform;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IdempotentRequestsTest {

    @TempDir
    Path dataDir;

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-03-01T10:00:00Z"));

    @Test
    void sameRequestReplaysDifferentRequestIsRefusedAndRecordsExpire() {
        try (var platform = new LocalPlatform(dataDir, now::get)) {
            var requests = new IdempotentRequests(PaymentsAdapters.idempotencyRecords(platform.tables()), now::get);
            var runs = new AtomicInteger();

            var first = requests.run("oscar", "k/1#", "POST", "/p", "{}", () -> answer(runs));
            var replay = requests.run("oscar", "k/1#", "POST", "/p", "{}", () -> answer(runs));
            var reused = requests.run("oscar", "k/1#", "POST", "/p", "{\"x\":1}", () -> answer(runs));
            var otherCaller = requests.run("carol", "k/1#", "POST", "/p", "{\"x\":1}", () -> answer(runs));
            now.set(now.get().plus(IdempotentRequests.RETENTION).plusSeconds(1));
            var afterExpiry = requests.run("oscar", "k/1#", "POST", "/p", "{\"x\":1}", () -> answer(runs));

            assertThat(((IdempotentResult.Answered) first).replayed()).isFalse();
            assertThat(((IdempotentResult.Answered) replay).replayed()).isTrue();
            assertThat(((IdempotentResult.Answered) replay).response()).isEqualTo(new StoredResponse(201, "/p/1", "1"));
            assertThat(reused).isInstanceOf(IdempotentResult.KeyReused.class);
            assertThat(otherCaller).isInstanceOf(IdempotentResult.Answered.class);
            assertThat(afterExpiry).isInstanceOf(IdempotentResult.Answered.class);
            assertThat(runs).hasValue(3);
        }
    }

    @Test
    void duplicateWhileTheFirstRunsIs409UntilItIsAbandoned() {
        try (var platform = new LocalPlatform(dataDir, now::get)) {
            var requests = new IdempotentRequests(PaymentsAdapters.idempotencyRecords(platform.tables()), now::get);
            var inner = new AtomicReference<IdempotentResult>();

            requests.run("oscar", "k", "POST", "/p", "{}", () -> {
                inner.set(requests.run("oscar", "k", "POST", "/p", "{}", () -> new StoredResponse(201, null, "x")));
                return new StoredResponse(201, null, "first");
            });
            assertThat(inner.get()).isInstanceOf(IdempotentResult.InFlight.class);

            assertThatThrownBy(() -> requests.run("oscar", "dies", "POST", "/p", "{}", () -> {
                throw new IllegalStateException("crash");
            })).isInstanceOf(IllegalStateException.class);
            assertThat(requests.run("oscar", "dies", "POST", "/p", "{}", () -> new StoredResponse(201, null, "retry")))
                    .as("a failed first request leaves no record").isInstanceOf(IdempotentResult.Answered.class);
        }
    }

    @Test
    void firstRequestWhoseProcessDiedIsTakenOverAfterAWhile() {
        try (var platform = new LocalPlatform(dataDir, now::get)) {
            var records = PaymentsAdapters.idempotencyRecords(platform.tables());
            var requests = new IdempotentRequests(records, now::get);
            var hashOfTheSameRequest = new AtomicReference<String>();
            requests.run("oscar", "probe", "POST", "/p", "{}", () -> {
                hashOfTheSameRequest.set(records.find("oscar", "probe").orElseThrow().requestHash());
                return new StoredResponse(201, null, "x");
            });
            records.start("oscar", "orphan", new IdempotencyRecord(hashOfTheSameRequest.get(), null,
                    now.get().plus(IdempotentRequests.RETENTION), null));

            var tooSoon = requests.run("oscar", "orphan", "POST", "/p", "{}", () -> new StoredResponse(201, null, "y"));
            now.set(now.get().plus(IdempotentRequests.ABANDONED_AFTER).plusSeconds(1));
            var later = requests.run("oscar", "orphan", "POST", "/p", "{}", () -> new StoredResponse(201, null, "y"));

            assertThat(tooSoon).isInstanceOf(IdempotentResult.InFlight.class);
            assertThat(later).isInstanceOf(IdempotentResult.Answered.class);
        }
    }

    @Test
    void serverErrorsAreNotRemembered() {
        try (var platform = new LocalPlatform(dataDir, now::get)) {
            var requests = new IdempotentRequests(PaymentsAdapters.idempotencyRecords(platform.tables()), now::get);
            var runs = new AtomicInteger();

            requests.run("oscar", "k", "POST", "/p", "{}", () -> {
                runs.incrementAndGet();
                return new StoredResponse(502, null, "{}");
            });
            requests.run("oscar", "k", "POST", "/p", "{}", () -> answer(runs));

            assertThat(runs).hasValue(2);
        }
    }

    private static StoredResponse answer(AtomicInteger runs) {
        return new StoredResponse(201, "/p/" + runs.incrementAndGet(), Integer.toString(runs.get()));
    }
}
