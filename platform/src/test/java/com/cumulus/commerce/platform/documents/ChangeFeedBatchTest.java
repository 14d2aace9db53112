package com.cumulus.commerce.platform.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ChangeFeedBatchTest {

    @Test
    void theDocumentsComeInFeedOrder() {
        var documents = ChangeFeedBatch.documents("[{\"id\": \"a\", \"_lsn\": 1}, {\"id\": \"b\", \"_lsn\": 2}]");

        assertThat(documents).extracting(d -> d.path("id").asText()).containsExactly("a", "b");
    }

    @Test
    void anythingButAJsonArrayIsRefused() {
        for (var batch : new String[] {null, "", "{\"id\": \"a\"}", "[{", "42"}) {
            assertThatThrownBy(() -> ChangeFeedBatch.documents(batch)).as(String.valueOf(batch))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("JSON array");
        }
    }
}
