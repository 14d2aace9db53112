package com.cumulus.commerce.devhost.workflows;

import static com.cumulus.commerce.devhost.workflows.EngineFixture.action;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkflowEngineTest {

    @TempDir
    Path dataDir;

    EngineFixture fixture;

    @BeforeEach
    void start() throws Exception {
        fixture = new EngineFixture(dataDir);
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    @Test
    void runAfterFollowsFailedTimedOutAndSkippedAndHandledFailuresLeaveTheRunSucceeded() throws Exception {
        var run = fixture.run("run-after", "{}");

        assertThat(action(run, "Call_failing").path("status").asText()).isEqualTo("Failed");
        assertThat(action(run, "Call_failing").path("outputs").path("statusCode").asInt()).isEqualTo(400);
        assertThat(action(run, "Handle_failure").path("outputs").asInt()).isEqualTo(400);
        assertThat(action(run, "Call_slow").path("status").asText()).isEqualTo("TimedOut");
        assertThat(action(run, "Handle_timeout").path("status").asText()).isEqualTo("Succeeded");
        assertThat(action(run, "Only_on_success").path("status").asText()).isEqualTo("Skipped");
        assertThat(action(run, "After_skipped").path("status").asText()).isEqualTo("Succeeded");
        assertThat(action(run, "Also_skipped").path("status").asText()).isEqualTo("Skipped");
        assertThat(run.path("status").asText()).isEqualTo("Succeeded");
        assertThat(fixture.target.hits("/status/400")).as("400 is not retried").isEqualTo(1);
    }

    @Test
    void theStoreCountsEveryRunDocumentItWrites() throws Exception {
        fixture.run("compensation", "{\"orderId\": \"ord_1\"}");

        assertThat(fixture.store.writes()).isPositive().isEqualTo(fixture.containerWrites.get());
    }

    @Test
    void aRunIsWrittenWhenItStartsAfterEachCallAndWhenItEndsWithEveryResult() throws Exception {
        var run = fixture.run("compensation", "{\"orderId\": \"ord_1\"}");

        // Reserve, Pay and Release call out; the scopes, the skipped Confirm and Terminate ride on those writes
        assertThat(fixture.containerWrites.get()).isEqualTo(1 + 3 + 1);
        for (var step : java.util.List.of("Saga", "Saga/Reserve", "Saga/Pay", "Saga/Confirm", "Compensate",
                "Compensate/Release", "Fail_run")) {
            assertThat(action(run, step).path("status").asText()).as(step).isNotEmpty();
        }
    }

    @Test
    void aFailedScopeRunsTheCompensationScopeAndTerminateFailsTheRun() throws Exception {
        var run = fixture.run("compensation", "{\"orderId\": \"ord_1\"}");

        assertThat(action(run, "Saga").path("status").asText()).isEqualTo("Failed");
        assertThat(action(run, "Saga/Pay").path("status").asText()).isEqualTo("Failed");
        assertThat(action(run, "Saga/Confirm").path("status").asText()).isEqualTo("Skipped");
        assertThat(action(run, "Compensate").path("status").asText()).isEqualTo("Succeeded");
        assertThat(action(run, "Compensate/Release").path("status").asText()).isEqualTo("Succeeded");
        assertThat(fixture.target.hits("/release")).isEqualTo(1);
        assertThat(fixture.target.hits("/confirm")).isZero();
        assertThat(run.path("status").asText()).isEqualTo("Failed");
        assertThat(run.path("error").path("code").asText()).isEqualTo("PaymentDeclined");
        assertThat(run.path("error").path("message").asText()).isEqualTo("402");
    }

    @Test
    void ifAndSwitchTakeTheMatchingBranchAndSkipTheOthers() throws Exception {
        var large = fixture.run("branches", "{\"amount\": 250, \"kind\": \"book\"}");
        assertThat(action(large, "Large/Approve_large").path("status").asText()).isEqualTo("Succeeded");
        assertThat(action(large, "Large/Approve_small").path("status").asText()).isEqualTo("Skipped");
        assertThat(action(large, "By_kind/Ship_book").path("status").asText()).isEqualTo("Succeeded");
        assertThat(action(large, "By_kind/Unknown_kind").path("status").asText()).isEqualTo("Skipped");

        var gift = fixture.run("branches", "{\"amount\": 250, \"kind\": \"gift\"}");
        assertThat(action(gift, "Large/Approve_small").path("status").asText()).isEqualTo("Succeeded");
        assertThat(action(gift, "By_kind/Wrap_gift").path("status").asText()).isEqualTo("Succeeded");

        var other = fixture.run("branches", "{\"amount\": 5, \"kind\": \"toy\"}");
        assertThat(action(other, "Large/Approve_small").path("status").asText()).isEqualTo("Succeeded");
        assertThat(action(other, "By_kind/Unknown_kind").path("status").asText()).isEqualTo("Succeeded");
        assertThat(action(other, "By_kind/Ship_book").path("status").asText()).isEqualTo("Skipped");
    }

    @Test
    void untilStopsAtItsCountLimitAndForeachVisitsEveryItemWithVariables() throws Exception {
        var run = fixture.run("loops", "{\"items\": [1, 2, 3, 4]}");

        assertThat(run.path("status").asText()).isEqualTo("Succeeded");
        assertThat(action(run, "Poll").path("status").asText()).isEqualTo("Succeeded");
        assertThat(action(run, "Poll").path("iterations").asInt()).isEqualTo(5);
        assertThat(action(run, "Poll[4]/Count").path("status").asText()).isEqualTo("Succeeded");
        assertThat(action(run, "Each").path("iterations").asInt()).isEqualTo(4);
        var summary = action(run, "Summary").path("outputs");
        assertThat(summary.path("counter").asInt()).isEqualTo(3);
        assertThat(summary.path("seen").asInt()).isEqualTo(4);
        assertThat(summary.path("text").asText()).isEqualTo(">1234");
    }

    @Test
    void aFixedRetryPolicyRetriesRetryableAnswersOnlyAndRecordsTheHistory() throws Exception {
        var run = fixture.run("retries", "{}");

        assertThat(fixture.target.hits("/status/503")).isEqualTo(3);
        assertThat(action(run, "Flaky").path("status").asText()).isEqualTo("Failed");
        assertThat(action(run, "Flaky").path("retryHistory")).hasSize(2);
        assertThat(fixture.target.hits("/status/404")).isEqualTo(1);
        assertThat(action(run, "Authenticated").path("status").asText()).isEqualTo("Succeeded");
        assertThat(fixture.target.requests).anyMatch(r -> r.get("path").equals("/echo")
                && r.get("authorization").equals("Bearer token-for-api://cumulus-orders"));
        assertThat(run.toString()).doesNotContain("token-for-");
    }

    @Test
    void siblingsWhoseRunAfterIsMetTogetherRunInParallelBranches() throws Exception {
        var run = fixture.run("parallel", "{}");

        assertThat(action(run, "Join").path("outputs").asText()).isEqualTo("200200");
        var took = java.time.Duration.between(java.time.Instant.parse(run.path("startTime").asText()),
                java.time.Instant.parse(run.path("endTime").asText()));
        assertThat(took).as("two 3 s calls side by side").isLessThan(java.time.Duration.ofMillis(5500));
    }

    @Test
    void terminateEndsTheRunWithItsStatus() throws Exception {
        var run = fixture.run("terminate", "{}");

        assertThat(run.path("status").asText()).isEqualTo("Cancelled");
        assertThat(action(run, "Stop").path("status").asText()).isEqualTo("Succeeded");
        assertThat(action(run, "Never").isMissingNode()).isTrue();
    }

    @Test
    void aTerminateInsideABranchShowsTheBranchInTheRunHistory() throws Exception {
        var run = fixture.run("terminate-inside", "{}");

        assertThat(run.path("status").asText()).isEqualTo("Succeeded");
        assertThat(action(run, "Ignore").path("status").asText()).isEqualTo("Succeeded");
        assertThat(action(run, "Ignore/Stop").path("status").asText()).isEqualTo("Succeeded");
        assertThat(action(run, "Never").isMissingNode()).isTrue();
    }

    @Test
    void aResponseActionAnswersTheCallerWhileTheRunGoesOn() throws Exception {
        var started = fixture.start("respond", "{\"orderId\": \"ord_9\"}");

        var response = started.response().get(10, TimeUnit.SECONDS);
        assertThat(response.path("statusCode").asInt()).isEqualTo(201);
        assertThat(response.path("headers").path("X-Order").asText()).isEqualTo("ord_9");
        assertThat(response.path("body").path("accepted").asText()).isEqualTo("ord_9");
        var run = fixture.await("respond", started.runId());
        assertThat(action(run, "After").path("status").asText()).isEqualTo("Succeeded");
    }
}
