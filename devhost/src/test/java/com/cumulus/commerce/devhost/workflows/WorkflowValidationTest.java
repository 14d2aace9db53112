package com.cumulus.commerce.devhost.workflows;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import org.junit.jupiter.api.Test;

class WorkflowValidationTest {

    @Test
    void everyUnsupportedConstructIsAProblemNamingTheWorkflowAndTheAction() {
        var problems = new ArrayList<String>();
        WorkflowHost.load(EngineFixture.project("broken"), new StandardExpressions(), problems);

        assertThat(problems).anyMatch(p -> p.startsWith("workflow 'bad-actions', action 'Mystery'")
                && p.contains("unsupported action type 'Function'"));
        assertThat(problems).anyMatch(p -> p.startsWith("workflow 'bad-actions', action 'Orphan'")
                && p.contains("'Nowhere'"));
        assertThat(problems).anyMatch(p -> p.startsWith("workflow 'bad-actions', action 'Typo'"));
        assertThat(problems).anyMatch(p -> p.startsWith("workflow 'bad-actions', action 'Unknown_function'")
                && p.contains("frobnicate"));
        assertThat(problems).anyMatch(p -> p.startsWith("workflow 'bad-actions', action 'Missing_parameter'")
                && p.contains("parameter 'nope'"));
        assertThat(problems).anyMatch(p -> p.startsWith("workflow 'bad-actions', action 'Wrong_connection'")
                && p.contains("connection 'elsewhere'"));
        assertThat(problems).anyMatch(p -> p.startsWith("workflow 'bad-actions', action 'Wrong_operation'")
                && p.contains("peekLockQueueMessages"));
        assertThat(problems).anyMatch(p -> p.startsWith("workflow 'bad-actions', action 'Inner/Nested_init'")
                && p.contains("top level"));
        assertThat(problems).anyMatch(p -> p.startsWith("workflow 'bad-trigger', trigger 'poll'")
                && p.contains("unsupported trigger type 'ApiConnection'"));
    }

    @Test
    void theEngineFixturesHaveNoProblems() {
        var problems = new ArrayList<String>();
        WorkflowHost.load(EngineFixture.project("engine"), new StandardExpressions(), problems);

        assertThat(problems).isEmpty();
    }
}
