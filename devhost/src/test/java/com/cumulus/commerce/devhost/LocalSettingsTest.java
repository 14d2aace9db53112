package com.cumulus.commerce.devhost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalSettingsTest {

    @TempDir
    Path dir;

    @Test
    void sampleFileIsUsedWhenNoPrivateCopyExists() throws Exception {
        Files.writeString(dir.resolve("local.settings.sample.json"), "{\"Values\":{\"A\":\"sample\",\"B\":\"b\"}}");

        assertThat(LocalSettings.load(dir, Map.of(), Map.of())).containsEntry("A", "sample").containsEntry("B", "b");
    }

    @Test
    void privateFileWinsOverSampleAndEnvironmentAndOverridesWinOverFile() throws Exception {
        Files.writeString(dir.resolve("local.settings.sample.json"), "{\"Values\":{\"A\":\"sample\"}}");
        Files.writeString(dir.resolve("local.settings.json"), "{\"Values\":{\"A\":\"file\",\"B\":\"file\",\"C\":\"file\"}}");

        var settings = LocalSettings.load(dir, Map.of("B", "env"), Map.of("C", "override"));

        assertThat(settings).containsEntry("A", "file").containsEntry("B", "env").containsEntry("C", "override");
    }

    @Test
    void hostJsonExtensionSettingsAreRead() throws Exception {
        Files.writeString(dir.resolve("host.json"), """
                {"functionTimeout": "00:05:00",
                 "extensions": {"http": {"routePrefix": "v1"}, "serviceBus": {"maxConcurrentCalls": 4},
                   "queues": {"batchSize": 8, "maxDequeueCount": 3, "visibilityTimeout": "00:00:30"},
                   "eventHubs": {"maxEventBatchSize": 50}}}
                """);

        var host = HostConfig.read(dir);

        assertThat(host.routePrefix()).isEqualTo("v1");
        assertThat(host.functionTimeout()).hasMinutes(5);
        assertThat(host.serviceBusMaxConcurrentCalls()).isEqualTo(4);
        assertThat(host.queuesBatchSize()).isEqualTo(8);
        assertThat(host.queuesMaxDequeueCount()).isEqualTo(3);
        assertThat(host.queuesVisibilityTimeout()).hasSeconds(30);
        assertThat(host.eventHubsMaxEventBatchSize()).isEqualTo(50);
    }

    @Test
    void hostJsonCustomHeadersAreReadInFileOrderAndAbsentMeansNone() throws Exception {
        assertThat(HostConfig.read(dir).httpCustomHeaders()).isEmpty();
        Files.writeString(dir.resolve("host.json"), """
                {"extensions": {"http": {"customHeaders": {"X-Frame-Options": "DENY",
                                                           "X-Content-Type-Options": "nosniff"}}}}
                """);

        assertThat(HostConfig.read(dir).httpCustomHeaders())
                .containsExactly(entry("X-Frame-Options", "DENY"), entry("X-Content-Type-Options", "nosniff"));
    }

    @Test
    void aCustomHeaderThatIsNotAStringStopsTheStart() throws Exception {
        Files.writeString(dir.resolve("host.json"), """
                {"extensions": {"http": {"customHeaders": {"X-Frame-Options": 1}}}}
                """);

        assertThatThrownBy(() -> HostConfig.read(dir)).hasMessageContaining("customHeaders.X-Frame-Options");
    }

    @Test
    void corsComesFromTheHostSectionLikeTheCoreTools() throws Exception {
        Files.writeString(dir.resolve("local.settings.json"), """
                {"Values": {}, "Host": {"CORS": "http://localhost:5173,https://shop.example", "CORSCredentials": true}}
                """);

        var cors = LocalSettings.cors(dir, Map.of());

        assertThat(cors.allowedOrigins()).containsExactly("http://localhost:5173", "https://shop.example");
        assertThat(cors.supportCredentials()).isTrue();
    }

    @Test
    void devhostCorsSettingReplacesTheFileOrigins() throws Exception {
        Files.writeString(dir.resolve("local.settings.json"), """
                {"Host": {"CORS": "http://localhost:5173"}}
                """);

        var cors = LocalSettings.cors(dir, Map.of("DEVHOST_CORS", "https://a.example, https://b.example"));

        assertThat(cors.allowedOrigins()).containsExactly("https://a.example", "https://b.example");
        assertThat(cors.supportCredentials()).isFalse();
    }

    @Test
    void noHostSectionMeansNoCrossOriginCaller() {
        assertThat(LocalSettings.cors(dir, Map.of()).allowedOrigins()).isEmpty();
    }

    @Test
    void wildcardWithCredentialsStopsTheStartNamingTheSetting() throws Exception {
        Files.writeString(dir.resolve("local.settings.json"), """
                {"Host": {"CORS": "*", "CORSCredentials": true}}
                """);

        assertThatThrownBy(() -> LocalSettings.cors(dir, Map.of()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("Host.CORS");
    }
}
