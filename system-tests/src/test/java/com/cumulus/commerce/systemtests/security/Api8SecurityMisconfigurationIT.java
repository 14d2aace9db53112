package com.cumulus.commerce.systemtests.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.cumulus.commerce.systemtests.ShopClient;
import com.cumulus.commerce.systemtests.ShopHost;
import com.cumulus.commerce.systemtests.ShopTest;
import java.io.InputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * OWASP API8:2023 Security Misconfiguration against devhost serving the catalog over real HTTP: host.json's
 * security headers on every kind of answer, no product banner, CORS only for allowed origins, and error
 * bodies that never show a stack trace.
 */
@ShopTest(apps = "catalog", settings = {"DEVHOST_MAX_REQUEST_BYTES=" + Api8SecurityMisconfigurationIT.MAX_BODY,
        "DEVHOST_CORS=" + Api8SecurityMisconfigurationIT.ALLOWED + ",https://shop.example", "CATALOG_SEED_DEMO=false"})
class Api8SecurityMisconfigurationIT {

    static final String ALLOWED = "http://localhost:5173";
    private static final String REFUSED = "https://evil.example";
    private static final Map<String, String> SECURITY_HEADERS = Map.of(
            "X-Content-Type-Options", "nosniff",
            "X-Frame-Options", "DENY",
            "Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'",
            "Referrer-Policy", "no-referrer",
            "Strict-Transport-Security", "max-age=31536000; includeSubDomains");
    static final int MAX_BODY = 4096;

    private static ShopHost host;
    private static ShopClient shop;
    private static String etag;

    @BeforeAll
    static void connect(ShopHost shopHost) {
        host = shopHost;
        shop = host.client();
        var created = send(put("/products/API8-1", """
                {"sku": "API8-1", "title": "Enamel Mug", "description": "A mug.", "category": "kitchen",
                 "attributes": {}, "images": [], "prices": {"EUR": {"amount": 1299, "currency": "EUR"}}}""")
                .header("Authorization", "Bearer " + managerToken()));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        etag = send(HttpRequest.newBuilder(api("/products/API8-1")).GET()).headers().firstValue("ETag").orElseThrow();
    }

    static Stream<Arguments> everyKindOfAnswer() {
        var tooBig = "{\"title\": \"" + "x".repeat(MAX_BODY) + "\"}";
        return Stream.of(
                Arguments.of("a function's 200", 200, HttpRequest.newBuilder(api("/products?limit=1")).GET()),
                Arguments.of("a function's 304", 304, HttpRequest.newBuilder(api("/products/API8-1"))
                        .header("If-None-Match", etag).GET()),
                Arguments.of("a function's 404", 404, HttpRequest.newBuilder(api("/products/NOPE")).GET()),
                Arguments.of("the host's 404", 404, HttpRequest.newBuilder(api("/nowhere")).GET()),
                Arguments.of("the host's 405", 405, HttpRequest.newBuilder(api("/products/API8-1")).DELETE()),
                Arguments.of("a function's 401", 401, put("/products/API8-1", "{}")),
                Arguments.of("the host's 413", 413, put("/products/API8-1", tooBig)),
                Arguments.of("the host status without the master key", 401,
                        HttpRequest.newBuilder(uri("/admin/host/status")).GET()),
                Arguments.of("the token helper", 405, HttpRequest.newBuilder(uri("/devhost/tokens")).GET()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyKindOfAnswer")
    void everyAnswerCarriesTheSecurityHeadersAndNoBanner(String what, int status, HttpRequest.Builder request)
            throws Exception {
        var response = send(request);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertSecurityHeaders(response.headers());
        assertThat(response.headers().firstValue("Server")).isEmpty();
        assertThat(response.headers().firstValue("X-Powered-By")).isEmpty();
        assertNoStackTrace(response.body());
    }

    @Test
    void theMasterKeyStillGetsTheSecurityHeadersOnTheHostStatus() throws Exception {
        var response = send(HttpRequest.newBuilder(uri("/admin/host/status")).header("x-functions-key", host.masterKey())
                .GET());

        assertThat(response.statusCode()).isEqualTo(200);
        assertSecurityHeaders(response.headers());
    }

    @Test
    void aRequestJettyCannotParseGetsProblemJsonWithTheHeadersNotAnHtmlPage() throws Exception {
        try (var socket = new Socket("127.0.0.1", host.port())) {
            socket.getOutputStream().write(("GET /api/products HTTP/1.1\r\nHost: 127.0.0.1\r\nNot a header\r\n"
                    + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            var raw = readAll(socket.getInputStream());

            assertThat(raw).startsWith("HTTP/1.1 400");
            assertThat(raw).containsIgnoringCase("Content-Type: application/problem+json");
            SECURITY_HEADERS.forEach((name, value) -> assertThat(raw).contains(name + ": " + value));
            assertThat(raw).doesNotContainIgnoringCase("Server:").doesNotContain("<html").doesNotContain("Not a header");
        }
    }

    @Test
    void preflightFromAnAllowedOriginIsAnsweredWithoutReachingAFunction() throws Exception {
        var response = send(preflight("/products/API8-1", ALLOWED, "PUT", "Authorization, Content-Type, If-Match"));

        assertThat(response.statusCode()).isEqualTo(204);
        var headers = response.headers();
        assertThat(headers.firstValue("Access-Control-Allow-Origin")).hasValue(ALLOWED);
        assertThat(headers.firstValue("Access-Control-Allow-Methods")).hasValue("GET, PATCH, PUT");
        assertThat(headers.firstValue("Access-Control-Allow-Headers")).hasValue("Authorization, Content-Type, If-Match");
        assertThat(headers.firstValue("Access-Control-Max-Age")).isPresent();
        assertThat(headers.firstValue("Access-Control-Allow-Credentials")).isEmpty();
        assertThat(headers.allValues("Vary")).anySatisfy(vary -> assertThat(vary).contains("Origin"));
        assertSecurityHeaders(headers);
    }

    @Test
    void preflightFromAnotherOriginIsRefusedWithoutCorsHeaders() throws Exception {
        var response = send(preflight("/products/API8-1", REFUSED, "PUT", "Authorization"));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertNoCorsHeaders(response.headers());
        assertSecurityHeaders(response.headers());
    }

    @Test
    void preflightForAPathNoFunctionAnswersIsA404() throws Exception {
        var response = send(preflight("/nowhere", ALLOWED, "GET", null));

        assertThat(response.statusCode()).isEqualTo(404);
        assertNoCorsHeaders(response.headers());
    }

    @Test
    void actualRequestFromAnAllowedOriginMayReadTheResponseAndItsHeaders() throws Exception {
        var response = send(HttpRequest.newBuilder(api("/products/API8-1")).header("Origin", ALLOWED).GET());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue(ALLOWED);
        assertThat(response.headers().firstValue("Access-Control-Expose-Headers"))
                .hasValue("ETag, Location, Retry-After, WWW-Authenticate");
        assertThat(response.headers().allValues("Vary")).anySatisfy(vary -> assertThat(vary).contains("Origin"));
    }

    @Test
    void actualRequestFromAnotherOriginIsServedButNotMadeReadable() throws Exception {
        var response = send(HttpRequest.newBuilder(api("/products/API8-1")).header("Origin", REFUSED).GET());

        assertThat(response.statusCode()).isEqualTo(200);
        assertNoCorsHeaders(response.headers());
    }

    @Test
    void optionsWithoutAPreflightHeaderIsRoutedLikeAnyMethod() throws Exception {
        var response = send(HttpRequest.newBuilder(api("/products/API8-1")).header("Origin", ALLOWED)
                .method("OPTIONS", BodyPublishers.noBody()));

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().firstValue("Access-Control-Allow-Methods")).isEmpty();
    }

    private static void assertSecurityHeaders(HttpHeaders headers) {
        SECURITY_HEADERS.forEach((name, value) -> assertThat(headers.allValues(name)).as(name).containsExactly(value));
    }

    private static void assertNoCorsHeaders(HttpHeaders headers) {
        assertThat(headers.map().keySet()).noneMatch(name -> name.toLowerCase().startsWith("access-control-"));
    }

    private static void assertNoStackTrace(String body) {
        assertThat(body).doesNotContain("\tat ").doesNotContain("Exception").doesNotContain("org.eclipse.jetty")
                .doesNotContain("com.cumulus.commerce.");
    }

    private static HttpRequest.Builder preflight(String path, String origin, String method, String headers) {
        var builder = HttpRequest.newBuilder(api(path)).header("Origin", origin)
                .header("Access-Control-Request-Method", method).method("OPTIONS", BodyPublishers.noBody());
        return headers == null ? builder : builder.header("Access-Control-Request-Headers", headers);
    }

    private static HttpRequest.Builder put(String path, String json) {
        return HttpRequest.newBuilder(api(path)).header("Content-Type", "application/json")
                .PUT(BodyPublishers.ofString(json));
    }

    private static String managerToken() {
        var response = send(HttpRequest.newBuilder(uri("/devhost/tokens")).header("Content-Type", "application/json")
                .POST(BodyPublishers.ofString("{\"user\": \"carol\"}")));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertSecurityHeaders(response.headers());
        return ShopClient.json(response).get("access_token").asText();
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        return shop.send(request);
    }

    private static URI api(String path) {
        return shop.api(path);
    }

    private static URI uri(String path) {
        return shop.root(path);
    }

    private static String readAll(InputStream in) throws Exception {
        return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
    }
}
