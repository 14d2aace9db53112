package com.cumulus.commerce.platform.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class OutgoingHttpCallsTest {

    @Test
    void everyRequestSentThroughACountedClientIsCountedUnderItsCaller() throws Exception {
        var server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.start();
        try {
            var client = OutgoingHttpCalls.counted("test-caller", HttpClient.newHttpClient());
            var other = OutgoingHttpCalls.counted("test-other", HttpClient.newHttpClient());
            var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.getAddress().getPort()
                    + "/")).build();
            long before = OutgoingHttpCalls.sent().getOrDefault("test-caller", 0L);

            client.send(request, HttpResponse.BodyHandlers.discarding());
            client.sendAsync(request, HttpResponse.BodyHandlers.discarding()).join();

            assertThat(OutgoingHttpCalls.sent()).containsEntry("test-caller", before + 2)
                    .containsEntry("test-other", 0L);
            assertThat(other.version()).isEqualTo(HttpClient.Version.HTTP_2);
        } finally {
            server.stop(0);
        }
    }
}
