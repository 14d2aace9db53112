package com.cumulus.commerce.orders.application;

import static com.cumulus.commerce.orders.application.OrdersFixture.ALICE;
import static com.cumulus.commerce.orders.application.OrdersFixture.BOB;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class IdempotentRequestsTest extends WithOrdersFixture {

    private static final String BODY_A = IdempotentRequests.fingerprint("POST", "/api/checkout", "{\"a\":1}");
    private static final String BODY_B = IdempotentRequests.fingerprint("POST", "/api/checkout", "{\"a\":2}");
    private static final StoredResponse ACCEPTED = new StoredResponse(202, "/api/orders/ord_1", "{\"n\":1}");

    private IdempotentRequests requests;
    private final AtomicInteger runs = new AtomicInteger();

    @BeforeEach
    void open() {
        requests = new IdempotentRequests(fixture.idempotencyRecords, fixture.clock);
    }

    private StoredResponse counted(StoredResponse response) {
        runs.incrementAndGet();
        return response;
    }

    @Test
    void sameKeySameBodyReplaysTheFirstResponse() {
        var first = requests.run(ALICE, "k1", BODY_A, () -> counted(ACCEPTED));
        var second = requests.run(ALICE, "k1", BODY_A,
                () -> counted(new StoredResponse(202, "/elsewhere", "{\"n\":2}")));

        assertThat(first).isEqualTo(new IdempotentOutcome.Answered(ACCEPTED, false));
        assertThat(second).isEqualTo(new IdempotentOutcome.Answered(ACCEPTED, true));
        assertThat(runs).hasValue(1);
    }

    @Test
    void sameKeyDifferentBodyIs422() {
        requests.run(ALICE, "k1", BODY_A, () -> counted(ACCEPTED));

        assertThat(requests.run(ALICE, "k1", BODY_B, () -> counted(ACCEPTED)))
                .isInstanceOf(IdempotentOutcome.KeyReused.class);
        assertThat(runs).hasValue(1);
    }

    @Test
    void concurrentDuplicateIs409() {
        var inner = new AtomicReference<IdempotentOutcome>();

        requests.run(ALICE, "k1", BODY_A, () -> {
            inner.set(requests.run(ALICE, "k1", BODY_A, () -> counted(ACCEPTED)));
            return counted(ACCEPTED);
        });

        assertThat(inner.get()).isInstanceOf(IdempotentOutcome.InFlight.class);
        assertThat(runs).hasValue(1);
    }

    @Test
    void keysBelongToTheirCaller() {
        requests.run(ALICE, "k1", BODY_A, () -> counted(ACCEPTED));

        var bobs = requests.run(BOB, "k1", BODY_B, () -> counted(ACCEPTED));

        assertThat(bobs).isEqualTo(new IdempotentOutcome.Answered(ACCEPTED, false));
        assertThat(runs).hasValue(2);
    }

    @Test
    void aRefusalFreesTheKeyForAFixedRetry() {
        var refused = new StoredResponse(422, null, "{\"type\":\"cart-empty\"}");
        requests.run(ALICE, "k1", BODY_A, () -> counted(refused));

        var retried = requests.run(ALICE, "k1", BODY_A, () -> counted(ACCEPTED));

        assertThat(retried).isEqualTo(new IdempotentOutcome.Answered(ACCEPTED, false));
    }

    @Test
    void aFailureFreesTheKey() {
        assertThatThrownBy(() -> requests.run(ALICE, "k1", BODY_A, () -> {
            throw new IllegalStateException("outage");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(requests.run(ALICE, "k1", BODY_A, () -> counted(ACCEPTED)))
                .isEqualTo(new IdempotentOutcome.Answered(ACCEPTED, false));
    }

    @Test
    void aRecordIsForgottenAfterItsTimeToLive() {
        requests.run(ALICE, "k1", BODY_A, () -> counted(ACCEPTED));
        fixture.clock.advance(Duration.ofHours(24).plusSeconds(1));

        assertThat(requests.run(ALICE, "k1", BODY_B, () -> counted(ACCEPTED)))
                .isEqualTo(new IdempotentOutcome.Answered(ACCEPTED, false));
    }

    @Test
    void aRequestThatDiedInFlightIsTakenOverLater() {
        fixture.idempotencyRecords.claim(ALICE, "k1", BODY_A, fixture.clock.now(), fixture.clock.now());
        assertThat(requests.run(ALICE, "k1", BODY_A, () -> counted(ACCEPTED)))
                .isInstanceOf(IdempotentOutcome.InFlight.class);

        fixture.clock.advance(IdempotentRequests.TAKE_OVER_AFTER.plusSeconds(1));

        assertThat(requests.run(ALICE, "k1", BODY_A, () -> counted(ACCEPTED)))
                .isEqualTo(new IdempotentOutcome.Answered(ACCEPTED, false));
    }

    @Test
    void keysWithCharactersTableStorageRefusesStillWork() {
        var key = "a/b\\c#d?e%f";
        requests.run("tenant/user#1", key, BODY_A, () -> counted(ACCEPTED));

        assertThat(requests.run("tenant/user#1", key, BODY_A, () -> counted(ACCEPTED)))
                .isEqualTo(new IdempotentOutcome.Answered(ACCEPTED, true));
        assertThat(requests.run("tenant/user#1", "a/b\\c#d?e%g", BODY_A, () -> counted(ACCEPTED)))
                .isEqualTo(new IdempotentOutcome.Answered(ACCEPTED, false));
    }
}
