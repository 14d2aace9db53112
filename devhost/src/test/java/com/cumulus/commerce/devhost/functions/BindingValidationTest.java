package com.cumulus.commerce.devhost.functions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import com.cumulus.commerce.devhost.HostConfig;
import com.cumulus.commerce.platform.Platform;
import com.cumulus.commerce.platform.config.AppSettings;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class BindingValidationTest {

    private static List<String> problems;

    @BeforeAll
    static void discoverBrokenSamples() {
        var catalog = FunctionCatalog.discover(mock(Platform.class), AppSettings.of(Map.of()),
                HostConfig.from(MissingNode.getInstance()), List.of("com.cumulus.commerce.devhost.sample.invalid"),
                false, BindingValidationTest.class.getClassLoader());
        problems = catalog.problems();
    }

    @Test
    void unsupportedTriggerIsNamedWithItsFunctionAndBinding() {
        assertThat(problems).contains("function 'blob': binding 'file' (@BlobTrigger): not supported by devhost");
    }

    @Test
    void secondTriggerIsReported() {
        assertThat(problems).anyMatch(p -> p.startsWith("function 'twoTriggers': binding 'second'")
                && p.contains("two"));
    }

    @Test
    void parameterWithoutBindingIsReported() {
        assertThat(problems).contains("function 'unbound': parameter 'stray' has no binding");
    }

    @Test
    void unresolvedSettingIsReportedByName() {
        assertThat(problems).anyMatch(p -> p.startsWith("function 'missingSetting': binding 'message' (@QueueTrigger)")
                && p.contains("NO_SUCH_QUEUE"));
    }

    @Test
    void unknownTriggerMetadataIsReported() {
        assertThat(problems).anyMatch(p -> p.startsWith("function 'unknownMetadata'") && p.contains("Colour")
                && p.contains("DequeueCount"));
    }

    @Test
    void everyBrokenFunctionIsReportedAtOnce() {
        assertThat(problems).hasSize(5);
    }
}
