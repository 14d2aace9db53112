package com.cumulus.commerce.platform.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.cumulus.commerce.platform.Clock;
import com.cumulus.commerce.platform.streams.EventData;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedEventStreamsTest {

    @TempDir
    Path dataDir;

    @Test
    void partitionOfAKeyIsItsUtf8Crc32ModuloThePartitionCount() {
        try (EmbeddedEventStreams streams =
                     new EmbeddedEventStreams(SqliteDatabase.open(dataDir.resolve("streams.db")), Clock.system())) {
            streams.create("clicks", 7);
            for (String key : new String[] {"user-42", "cart-7", "zoë", "日本"}) {
                CRC32 crc = new CRC32();
                crc.update(key.getBytes(StandardCharsets.UTF_8));

                assertThat(streams.append("clicks", EventData.of(key, "x")).partition())
                        .as(key).isEqualTo((int) (crc.getValue() % 7));
            }
        }
    }
}
