package com.cumulus.commerce.platform.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProblemTest {

    @Test
    void serialisesAsRfc9457WithExtensionsAtTopLevel() throws Exception {
        Problem problem = Problems.invalidRequest("title: must be a string")
                .withInstance("/api/products/NEW-1")
                .with("violations", java.util.List.of(java.util.Map.of("field", "title")));

        var json = Json.mapper().readTree(problem.toJson());

        assertThat(json.get("type").asText()).isEqualTo("https://problems.cumulus-commerce.dev/invalid-request");
        assertThat(json.get("title").asText()).isEqualTo("Invalid request");
        assertThat(json.get("status").asInt()).isEqualTo(400);
        assertThat(json.get("detail").asText()).isEqualTo("title: must be a string");
        assertThat(json.get("instance").asText()).isEqualTo("/api/products/NEW-1");
        assertThat(json.get("violations").get(0).get("field").asText()).isEqualTo("title");
        assertThat(json.has("extensions")).isFalse();
    }

    @Test
    void refusesAnExtensionNamedLikeAStandardMember() {
        var problem = Problems.notFound("no such payment");

        for (String member : java.util.List.of("type", "title", "status", "detail", "instance")) {
            org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                    .isThrownBy(() -> problem.with(member, "CAPTURED"))
                    .withMessageContaining(member);
        }
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException().isThrownBy(() -> new Problem(
                problem.type(), problem.title(), 404, null, null, java.util.Map.of("status", "CAPTURED")));
    }

    @Test
    void leavesOutAbsentMembers() throws Exception {
        var json = Json.mapper().readTree(Problems.notFound("no such product").toJson());

        assertThat(json.has("instance")).isFalse();
        assertThat(json.size()).isEqualTo(4);
    }
}
