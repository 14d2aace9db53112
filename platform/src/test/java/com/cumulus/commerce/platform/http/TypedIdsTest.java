package com.cumulus.commerce.platform.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cumulus.commerce.platform.kernel.OrderId;
import com.cumulus.commerce.platform.kernel.Sku;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.util.List;
import org.junit.jupiter.api.Test;

class TypedIdsTest {

    private static final com.fasterxml.jackson.databind.ObjectMapper MAPPER = Json.mapper().copy()
            .registerModule(new TypedIds());

    record Line(Sku sku, OrderId orderId, List<Sku> more) {
    }

    @Test
    void idsAreWrittenAndReadAsTheirStringValue() throws Exception {
        var line = new Line(Sku.of("SKU-1"), OrderId.of("ord_abcdefghijklmnopqrstuvwxyz"), List.of(Sku.of("b.2")));

        var json = MAPPER.writeValueAsString(line);

        assertThat(json).isEqualTo(
                "{\"sku\":\"SKU-1\",\"orderId\":\"ord_abcdefghijklmnopqrstuvwxyz\",\"more\":[\"b.2\"]}");
        assertThat(MAPPER.readValue(json, Line.class)).isEqualTo(line);
    }

    @Test
    void textBreakingTheIdsRuleFailsTheRead() {
        assertThatThrownBy(() -> MAPPER.readValue("{\"sku\":\"-bad\",\"orderId\":null,\"more\":[]}", Line.class))
                .isInstanceOf(InvalidFormatException.class).hasMessageContaining("sku");
    }

    @Test
    void anIdIsNeverReadFromAnObject() {
        assertThatThrownBy(() -> MAPPER.readValue("{\"sku\":{\"value\":\"SKU-1\"}}", Line.class))
                .isInstanceOf(MismatchedInputException.class);
    }
}
