package com.cumulus.commerce.platform.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChangeFeedBatchTest {

    @Test
    void theDocumentsComeInFeedOrder() {
        var documents = ChangeFeedBatch.documents("[{\"id\": \"a\", \"_lsn\": 1}, {\"id\": \"b\", \"_lsn\": 2}]");

        assertThat(documents).extracting(d -> d.path("id").asText()).containsExactly("a", "b");
    }

    @Test
    void storedDocumentsBecomeTheTriggersArrayWithTheirSystemProperties() {
        var stored = List.of(
                new Document("p", "a", "{\"kind\": \"thing\"}", "\"e1\"", 7, Instant.ofEpochSecond(100)),
                new Document("p", "b", "{\"kind\": \"other\"}", "\"e2\"", 8, Instant.ofEpochSecond(101)));

        var documents = ChangeFeedBatch.documents(ChangeFeedBatch.of(stored));

        assertThat(documents).extracting(d -> d.path("id").asText()).containsExactly("a", "b");
        assertThat(documents.get(0).path("kind").asText()).isEqualTo("thing");
        assertThat(documents.get(0).path("_etag").asText()).isEqualTo("\"e1\"");
        assertThat(documents.get(0).path("_lsn").asLong()).isEqualTo(7);
        assertThat(documents.get(1).path("_ts").asLong()).isEqualTo(101);
    }

    @Test
    void anythingButAJsonArrayIsRefused() {
        for (var batch : new String[] {null, "", "{\"id\": \"a\"}", "[{", "42"}) {
            assertThatThrownBy(() -> ChangeFeedBatch.documents(batch)).as(String.valueOf(batch))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("JSON array");
        }
    }
}
