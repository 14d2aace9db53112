package com.cumulus.commerce.platform.tables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TableNamesTest {

    private static final Pattern TABLE = Pattern.compile("[A-Za-z][A-Za-z0-9]{2,62}");
    private static final Pattern FORBIDDEN = Pattern.compile("[/\\\\#?\\p{Cntrl}]");

    @Test
    void namesAreCheckedAsTableStoragesRulesRead() {
        var random = new Random(3);
        String alphabet = "aZ09/\\#?\u0000\u001f\u007f\u0080\u00e9 _-.";
        for (int i = 0; i < 20_000; i++) {
            var text = new StringBuilder();
            for (int n = random.nextInt(70); n > 0; n--) {
                text.append(random.nextInt(3) > 0 ? "abcXYZ0123".charAt(random.nextInt(10))
                        : alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String value = text.toString();
            if (TABLE.matcher(value).matches()) {
                assertThatCode(() -> TableNames.checkTable(value)).as(value).doesNotThrowAnyException();
            } else {
                assertThatThrownBy(() -> TableNames.checkTable(value)).as(value)
                        .isInstanceOf(IllegalArgumentException.class);
            }
            if (!FORBIDDEN.matcher(value).find()) {
                assertThatCode(() -> TableNames.checkKey("rowKey", value)).as(value).doesNotThrowAnyException();
            } else {
                assertThatThrownBy(() -> TableNames.checkKey("rowKey", value)).as(value)
                        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'rowKey'");
            }
        }
        assertThatThrownBy(() -> TableNames.checkKey("partitionKey", null)).hasMessageContaining("'partitionKey'");
        assertThatThrownBy(() -> TableNames.checkTable(null)).isInstanceOf(IllegalArgumentException.class);
        assertThat(FORBIDDEN.matcher("\u0085").find()).as("\\p{Cntrl} is ASCII only").isFalse();
    }
}
