package com.cumulus.commerce.devhost.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RequestUrisTest {

    @Test
    void aUriJavaAcceptsIsHandedOnAsTheClientSentIt() {
        var uri = RequestUris.of("http://127.0.0.1:7071/api/products?q=%ff&q2=%C0%AF&limit=5");

        assertThat(uri.getRawQuery()).isEqualTo("q=%ff&q2=%C0%AF&limit=5");
        assertThat(uri.getPath()).isEqualTo("/api/products");
    }

    @Test
    void aPercentSignThatStartsNoEscapeIsEncodedSoTheUriStillReads() {
        var uri = RequestUris.of("http://127.0.0.1:7071/api/products?limit=%zz&q=100%&x=%4");

        assertThat(uri.getRawQuery()).isEqualTo("limit=%25zz&q=100%25&x=%254");
        assertThat(uri.getQuery()).isEqualTo("limit=%zz&q=100%&x=%4");
        assertThat(uri.getPath()).isEqualTo("/api/products");
    }

    @Test
    void charactersUrisDoNotAllowAreEncodedAndValidEscapesKept() {
        var uri = RequestUris.of("http://127.0.0.1:7071/api/products?q=a|b^c\"d %zz&e=%e2%82%ac\u20ac");

        assertThat(uri.getRawQuery()).isEqualTo("q=a%7Cb%5Ec%22d%20%25zz&e=%e2%82%ac%E2%82%AC");
    }
}
