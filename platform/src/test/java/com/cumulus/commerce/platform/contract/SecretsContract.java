package com.cumulus.commerce.platform.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cumulus.commerce.platform.secrets.Secrets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** What every {@link Secrets} must do, run against each implementation by a subclass. */
public abstract class SecretsContract extends StoreContract<Secrets> {

    private Secrets secrets() {
        return store();
    }

    @Test
    void unknownSecretIsEmpty() {
        assertThat(secrets().get("webhook-secret")).isEmpty();
    }

    @Test
    void theNewestVersionIsRead() {
        secrets().set("webhook-secret", "first");
        secrets().set("webhook-secret", "second");

        assertThat(secrets().get("webhook-secret")).contains("second");
    }

    @Test
    void randomSecretIs256BitsOfBase64UrlAndStable() {
        String first = secrets().getOrCreateRandom("signing-key");

        assertThat(first).matches("[A-Za-z0-9_-]{43}");
        assertThat(Base64.getUrlDecoder().decode(first)).hasSize(32);
        assertThat(secrets().getOrCreateRandom("signing-key")).isEqualTo(first);
        assertThat(secrets().get("signing-key")).contains(first);
        assertThat(secrets().getOrCreateRandom("other-key")).isNotEqualTo(first);
    }

    @Test
    void randomSecretDoesNotReplaceASetOne() {
        secrets().set("signing-key", "chosen-by-operator");

        assertThat(secrets().getOrCreateRandom("signing-key")).isEqualTo("chosen-by-operator");
    }

    @Test
    void concurrentFirstCallsAgreeOnOneRandomSecret() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<String>> calls = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                calls.add(() -> secrets().getOrCreateRandom("shared-key"));
            }
            var values = new HashSet<String>();
            for (Future<String> f : pool.invokeAll(calls)) {
                values.add(f.get(30, TimeUnit.SECONDS));
            }
            assertThat(values).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void secretsSurviveARestart() throws Exception {
        secrets().set("webhook-secret", "v1");
        secrets().set("webhook-secret", "v2");
        String random = secrets().getOrCreateRandom("signing-key");

        Secrets reopened = restart();

        assertThat(reopened.get("webhook-secret")).contains("v2");
        assertThat(reopened.getOrCreateRandom("signing-key")).isEqualTo(random);
    }

    @Test
    void aRefusedCallNeverEchoesTheValue() {
        assertThatThrownBy(() -> secrets().set("not a valid name!", "hunter2-very-secret"))
                .isInstanceOf(IllegalArgumentException.class)
                .satisfies(e -> assertThat(String.valueOf(e.getMessage())).doesNotContain("hunter2-very-secret"));
    }
}
