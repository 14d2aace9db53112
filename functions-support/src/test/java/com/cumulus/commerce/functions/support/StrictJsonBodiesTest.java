package com.cumulus.commerce.functions.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.cumulus.commerce.platform.http.Problem;
import com.cumulus.commerce.platform.kernel.Checked;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StrictJsonBodiesTest {

    /** Jackson refuses nesting past 1,000 levels; its exception for that may carry no location. */
    @ParameterizedTest
    @ValueSource(ints = {1_001, 1_002, 100_000})
    void aBodyNestedPastTheParsersLimitIsMalformedJsonNotACrash(int depth) {
        assertMalformed(StrictJsonBodies.readObject(Optional.of(nestedObjects(depth))));
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 999, 1_000})
    void aBodyNestedUpToTheLimitIsRead(int depth) {
        var parsed = StrictJsonBodies.readObject(Optional.of(nestedObjects(depth)));

        assertThat(parsed).isInstanceOf(Checked.Valid.class);
        JsonNode node = ((Checked.Valid<JsonNode, Problem>) parsed).value();
        for (int level = 1; level < depth; level++) {
            node = node.get("a");
        }
        assertThat(node.isObject()).isTrue();
        assertThat(node.isEmpty()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(ints = {1_000, 1_001, 100_000})
    void deepArraysInsideAnObjectNeverCrash(int depth) {
        var parsed = StrictJsonBodies.readObject(Optional.of("{\"a\": " + nestedArrays(depth - 1) + "}"));

        if (depth <= 1_000) {
            assertThat(parsed).isInstanceOf(Checked.Valid.class);
        } else {
            assertMalformed(parsed);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1_001, 100_000})
    void aTopLevelArrayNestedPastTheLimitIsMalformedJson(int depth) {
        assertMalformed(StrictJsonBodies.readObject(Optional.of(nestedArrays(depth))));
    }

    private static void assertMalformed(Checked<JsonNode, Problem> parsed) {
        assertThat(parsed).isInstanceOf(Checked.Refused.class);
        var problem = ((Checked.Refused<JsonNode, Problem>) parsed).reason();
        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.type()).endsWith("/malformed-json");
        assertThat(problem.detail()).contains("nested");
    }

    /** {@code depth} objects, each the only value of the one before: {"a": {"a": {}}} is three. */
    static String nestedObjects(int depth) {
        return "{\"a\": ".repeat(depth - 1) + "{}" + "}".repeat(depth - 1);
    }

    static String nestedArrays(int depth) {
        return "[".repeat(depth) + "]".repeat(depth);
    }
}
