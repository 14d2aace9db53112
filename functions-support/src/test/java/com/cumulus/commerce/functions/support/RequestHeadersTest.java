package com.cumulus.commerce.functions.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RequestHeadersTest {

    @Test
    void findsAHeaderWhateverCaseTheHostKeysItIn() {
        var request = new FakeExchange().header("If-None-Match", "\"a\"").header("x-forwarded-for", "203.0.113.9")
                .header("AUTHORIZATION", "Bearer t");

        assertThat(RequestHeaders.get(request, "if-none-match")).isEqualTo("\"a\"");
        assertThat(RequestHeaders.get(request, "X-Forwarded-For")).isEqualTo("203.0.113.9");
        assertThat(RequestHeaders.get(request, "Authorization")).isEqualTo("Bearer t");
        assertThat(RequestHeaders.get(request, "Origin")).isNull();
    }
}
