package com.cumulus.commerce.devhost.workflows;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;

/** The repository's own Logic Apps project passes the same validation that devhost runs at start-up. */
class WorkflowFilesValidTest {

    private static final Path REPOSITORY_PROJECT = Path.of("").toAbsolutePath().getParent().resolve("logic-apps");

    @Test
    void everyWorkflowOfTheRepositoryIsAcceptedAndABrokenOneIsRefused() {
        var problems = new ArrayList<String>();
        var host = WorkflowHost.load(REPOSITORY_PROJECT, new StandardExpressions(), problems);
        assertThat(problems).as("problems in " + REPOSITORY_PROJECT).isEmpty();
        if (Files.isDirectory(REPOSITORY_PROJECT)) {
            assertThat(host.size()).isEqualTo(countWorkflows());
        }

        var broken = new ArrayList<String>();
        WorkflowHost.load(EngineFixture.project("broken"), new StandardExpressions(), broken);
        assertThat(broken).isNotEmpty();
        var good = new ArrayList<String>();
        WorkflowHost.load(EngineFixture.project("engine"), new StandardExpressions(), good);
        assertThat(good).isEmpty();
    }

    private static long countWorkflows() {
        try (var dirs = Files.list(REPOSITORY_PROJECT)) {
            return dirs.filter(dir -> Files.isRegularFile(dir.resolve("workflow.json"))).count();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
