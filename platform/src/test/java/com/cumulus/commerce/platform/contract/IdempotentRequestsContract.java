package com.cumulus.commerce.platform.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cumulus.commerce.platform.Platform;
import com.cumulus.commerce.platform.ProcessInstance;
import com.cumulus.commerce.platform.http.Json;
import com.cumulus.commerce.platform.idempotency.IdempotencyRecord;
import com.cumulus.commerce.platform.idempotency.IdempotencyRecords;
import com.cumulus.commerce.platform.idempotency.IdempotentOutcome;
import com.cumulus.commerce.platform.idempotency.IdempotentRequests;
import com.cumulus.commerce.platform.idempotency.StoredResponse;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * The Idempotency-Key mechanism every route that takes a key relies on, against a platform's tables: replay,
 * 422 for another request, 409 while in flight, keys per caller, what is kept and what frees the key, expiry,
 * takeover of a request that died (at once where the platform can tell its process is gone, else after the
 * timeout), and the fingerprint.
 */
public abstract class IdempotentRequestsContract extends StoreContract<Platform> {

    private static final String ALICE = "alice-subject";
    private static final String BOB = "bob-subject";
    private static final String BODY_A = IdempotentRequests.fingerprint("POST", "/api/checkout", Map.of("a", 1));
    private static final String BODY_B = IdempotentRequests.fingerprint("POST", "/api/checkout", Map.of("a", 2));
    private static final StoredResponse ACCEPTED = new StoredResponse(202, "/api/orders/ord_1", "{\"n\":1}");

    private final AtomicInteger runs = new AtomicInteger();

    private IdempotencyRecords records() {
        return IdempotencyRecords.inTable(store().tables());
    }

    private IdempotentRequests requests() {
        return requests(store().instance());
    }

    private IdempotentRequests requests(ProcessInstance instance) {
        return new IdempotentRequests(records(), clock, IdempotentRequests.DEFAULT_TIME_TO_LIVE, instance);
    }

    private StoredResponse counted(StoredResponse response) {
        runs.incrementAndGet();
        return response;
    }

    /** A fingerprint of a raw JSON body sent to {@code POST /p}. */
    private static String post(String json) {
        try {
            return IdempotentRequests.fingerprint("POST", "/p", Json.mapper().readTree(json));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private StoredResponse created() {
        return new StoredResponse(201, "/p/" + runs.incrementAndGet(), Integer.toString(runs.get()));
    }

    @Test
    void sameKeySameBodyReplaysTheFirstResponse() {
        var requests = requests();
        var first = requests.run(ALICE, "k1", BODY_A, () -> counted(ACCEPTED));
        var second = requests.run(ALICE, "k1", BODY_A,
                () -> counted(new StoredResponse(202, "/elsewhere", "{\"n\":2}")));

        assertThat(first).isEqualTo(new IdempotentOutcome.Answered(ACCEPTED, false));
        assertThat(second).isEqualTo(new IdempotentOutcome.Answered(ACCEPTED, true));
        assertThat(runs).hasValue(1);
    }

    @Test
    void sameRequestReplaysDifferentRequestIsRefusedAndRecordsExpire() {
        var requests = requests();

        var first = requests.run("oscar", "k/1#", post("{}"), this::created);
        var replay = requests.run("oscar", "k/1#", post("{}"), this::created);
        var reused = requests.run("oscar", "k/1#", post("{\"x\":1}"), this::created);
        var otherCaller = requests.run("carol", "k/1#", post("{\"x\":1}"), this::created);
        clock.advance(IdempotentRequests.DEFAULT_TIME_TO_LIVE.plusSeconds(1));
        var afterExpiry = requests.run("oscar", "k/1#", post("{\"x\":1}"), this::created);

        assertThat(((IdempotentOutcome.Answered) first).replayed()).isFalse();
        assertThat(((IdempotentOutcome.Answered) replay).replayed()).isTrue();
        assertThat(((IdempotentOutcome.Answered) replay).response()).isEqualTo(new StoredResponse(201, "/p/1", "1"));
        assertThat(reused).isInstanceOf(IdempotentOutcome.KeyReused.class);
        assertThat(otherCaller).isInstanceOf(IdempotentOutcome.Answered.class);
        assertThat(afterExpiry).isInstanceOf(IdempotentOutcome.Answered.class);
        assertThat(runs).hasValue(3);
    }

    @Test
    void sameKeyDifferentBodyIs422() {
        var requests = requests();
        requests.run(ALICE, "k1", BODY_A, () -> counted(ACCEPTED));

        assertThat(requests.run(ALICE, "k1", BODY_B, () -> counted(ACCEPTED)))
                .isInstanceOf(IdempotentOutcome.KeyReused.class);
        assertThat(runs).hasValue(1);
    }

    @Test
    void concurrentDuplicateIs409() {
        var requests = requests();
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
        var requests = requests();
        requests.run(ALICE, "k1", BODY_A, () -> counted(ACCEPTED));

        var bobs = requests.run(BOB, "k1", BODY_B, () -> counted(ACCEPTED));

        assertThat(bobs).isEqualTo(new IdempotentOutcome.Answered(ACCEPTED, false));
        assertThat(runs).hasValue(2);
    }

    @Test
    void aRefusalFreesTheKeyForAFixedRetry() {
        var requests = requests();
        var refused = new StoredResponse(422, null, "{\"type\":\"cart-empty\"}");
        requests.run(ALICE, "k1", BODY_A, () -> counted(refused));

        var retried = requests.run(ALICE, "k1", BODY_A, () -> counted(ACCEPTED));

        assertThat(retried).isEqualTo(new IdempotentOutcome.Answered(ACCEPTED, false));
    }

    @Test
    void serverErrorsAreNotRemembered() {
        var requests = requests();

        requests.run("oscar", "k", post("{}"), () -> {
            runs.incrementAndGet();
            return new StoredResponse(502, null, "{}");
        });
        requests.run("oscar", "k", post("{}"), this::created);

        assertThat(runs).hasValue(2);
    }

    @Test
    void aFailureFreesTheKey() {
        var requests = requests();
        assertThatThrownBy(() -> requests.run(ALICE, "k1", BODY_A, () -> {
            throw new IllegalStateException("outage");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(requests.run(ALICE, "k1", BODY_A, () -> counted(ACCEPTED)))
                .as("a failed first request leaves no record")
                .isEqualTo(new IdempotentOutcome.Answered(ACCEPTED, false));
    }

    @Test
    void aRecordIsForgottenAfterItsTimeToLive() {
        var requests = new IdempotentRequests(records(), clock, Duration.ofHours(24), store().instance());
        requests.run(ALICE, "k1", BODY_A, () -> counted(ACCEPTED));
        clock.advance(Duration.ofHours(24).plusSeconds(1));

        assertThat(requests.run(ALICE, "k1", BODY_B, () -> counted(ACCEPTED)))
                .isEqualTo(new IdempotentOutcome.Answered(ACCEPTED, false));
    }

    @Test
    void aRequestThatDiedInFlightIsTakenOverLaterWhereThePlatformCannotTell() {
        var requests = requests(ProcessInstance.started(false));
        inFlight(ALICE, "k1", BODY_A, "another-instance");
        var tooSoon = requests.run(ALICE, "k1", BODY_A, () -> counted(ACCEPTED));

        clock.advance(IdempotentRequests.TAKE_OVER_AFTER.plusSeconds(1));
        var later = requests.run(ALICE, "k1", BODY_A, () -> counted(ACCEPTED));

        assertThat(tooSoon).isInstanceOf(IdempotentOutcome.InFlight.class);
        assertThat(later).isEqualTo(new IdempotentOutcome.Answered(ACCEPTED, false));
        assertThat(runs).hasValue(1);
    }

    @Test
    void aRequestOfAProcessThatIsGoneIsTakenOverAtOnceWhereThePlatformCanTell() throws Exception {
        var previousProcess = store().instance();
        inFlight(ALICE, "k1", BODY_A, previousProcess.id());
        var whileItRuns = requests().run(ALICE, "k1", BODY_A, () -> counted(ACCEPTED));

        restart();
        var afterARestart = requests().run(ALICE, "k1", BODY_A, () -> counted(ACCEPTED));

        assertThat(whileItRuns).as("its own process is running it").isInstanceOf(IdempotentOutcome.InFlight.class);
        assertThat(store().instance().id()).isNotEqualTo(previousProcess.id());
        if (store().instance().soleUser()) {
            assertThat(afterARestart).isEqualTo(new IdempotentOutcome.Answered(ACCEPTED, false));
            assertThat(runs).hasValue(1);
        } else {
            assertThat(afterARestart).isInstanceOf(IdempotentOutcome.InFlight.class);
        }
    }

    @Test
    void aRecordThatNamesNoHolderWaitsForTheTimeoutEvenAfterARestart() throws Exception {
        inFlight(ALICE, "k1", BODY_A, null);
        restart();
        var tooSoon = requests().run(ALICE, "k1", BODY_A, () -> counted(ACCEPTED));

        clock.advance(IdempotentRequests.TAKE_OVER_AFTER.plusSeconds(1));
        var later = requests().run(ALICE, "k1", BODY_A, () -> counted(ACCEPTED));

        assertThat(tooSoon).isInstanceOf(IdempotentOutcome.InFlight.class);
        assertThat(later).isEqualTo(new IdempotentOutcome.Answered(ACCEPTED, false));
    }

    @Test
    void aTakenOverRecordNamesItsNewHolder() throws Exception {
        inFlight(ALICE, "k1", BODY_A, "gone");
        var newHolder = new AtomicReference<String>();

        requests(new ProcessInstance("this-one", true)).run(ALICE, "k1", BODY_A, () -> {
            newHolder.set(records().find(ALICE, "k1").orElseThrow().holder());
            return counted(ACCEPTED);
        });

        assertThat(newHolder).hasValue("this-one");
        assertThat(records().find(ALICE, "k1").orElseThrow().response()).isEqualTo(ACCEPTED);
    }

    @Test
    void aDeadRequestsKeyStillRefusesAnotherBody() {
        var requests = requests();
        inFlight(ALICE, "k1", BODY_A, "gone");
        clock.advance(IdempotentRequests.TAKE_OVER_AFTER.plusSeconds(1));

        assertThat(requests.run(ALICE, "k1", BODY_B, () -> counted(ACCEPTED)))
                .isInstanceOf(IdempotentOutcome.KeyReused.class);
        assertThat(runs).hasValue(0);
    }

    @Test
    void keysWithCharactersTableStorageRefusesStillWork() {
        var requests = requests();
        var key = "a/b\\c#d?e%f";
        requests.run("tenant/user#1", key, BODY_A, () -> counted(ACCEPTED));

        assertThat(requests.run("tenant/user#1", key, BODY_A, () -> counted(ACCEPTED)))
                .isEqualTo(new IdempotentOutcome.Answered(ACCEPTED, true));
        assertThat(requests.run("tenant/user#1", "a/b\\c#d?e%g", BODY_A, () -> counted(ACCEPTED)))
                .isEqualTo(new IdempotentOutcome.Answered(ACCEPTED, false));
    }

    @Test
    void aKeyOutsideTheRulesIsRefusedBeforeAnythingRuns() {
        var requests = requests();
        for (var key : new String[] {"", "x".repeat(256), "caf\u00e9", "tab\there"}) {
            assertThatThrownBy(() -> requests.run(ALICE, key, BODY_A, () -> counted(ACCEPTED)))
                    .isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(requests.run(ALICE, "x".repeat(255), BODY_A, () -> counted(ACCEPTED)))
                .isEqualTo(new IdempotentOutcome.Answered(ACCEPTED, false));
        assertThat(runs).hasValue(1);
    }

    @Test
    void theFingerprintIgnoresLayoutAndMemberOrderButNotMethodPathOrValues() {
        var one = post("{\"a\": 1, \"b\": {\"c\": [1, 2], \"d\": \"x\"}}");

        assertThat(post("{\"b\":{\"d\":\"x\",\"c\":[1,2]},\"a\":1}")).isEqualTo(one);
        assertThat(post("{\"a\": 1, \"b\": {\"c\": [2, 1], \"d\": \"x\"}}")).isNotEqualTo(one);
        assertThat(post("{\"a\": 2, \"b\": {\"c\": [1, 2], \"d\": \"x\"}}")).isNotEqualTo(one);
        assertThat(IdempotentRequests.fingerprint("PUT", "/p", Map.of("a", 1)))
                .isNotEqualTo(IdempotentRequests.fingerprint("POST", "/p", Map.of("a", 1)))
                .isNotEqualTo(IdempotentRequests.fingerprint("PUT", "/q", Map.of("a", 1)));
        record Body(int a, String b) {
        }
        assertThat(IdempotentRequests.fingerprint("POST", "/p", new Body(1, "x")))
                .isEqualTo(post("{\"b\": \"x\", \"a\": 1}"));
    }

    /** A record as a first request leaves it while it runs, or when its process dies before the answer. */
    private void inFlight(String caller, String key, String fingerprint, String holder) {
        var now = clock.now();
        assertThat(records().create(caller, key, new IdempotencyRecord(fingerprint, null, now,
                now.plus(IdempotentRequests.DEFAULT_TIME_TO_LIVE), holder, null))).isTrue();
    }
}
