package com.cumulus.commerce.devhost;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;

import com.cumulus.commerce.platform.Platform;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DevHostStartFailureTest {

    @TempDir
    Path workingDir;

    @Test
    void startFailsOnceListingBindingAndRouteProblemsTogether() {
        assertThatThrownBy(() -> DevHost.start(workingDir, Map.of("DEVHOST_PORT", "0", "DEVHOST_OIDC_PORT", "0",
                "DEVHOST_SCAN_PACKAGES", "com.cumulus.commerce.devhost.sample.invalid"), mock(Platform.class)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("6 function binding problem(s)")
                .hasMessageContaining("function 'blob': binding 'file' (@BlobTrigger)")
                .hasMessageContaining("function 'badRoute': binding (@HttpTrigger): route 'things/{id:bogus}'");
    }
}
