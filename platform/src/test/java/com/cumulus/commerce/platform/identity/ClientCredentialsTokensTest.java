package com.cumulus.commerce.platform.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.cumulus.commerce.platform.config.AppSettings;
import com.cumulus.commerce.platform.contract.ManualClock;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Against a local issuer on a free loopback port: discovery document plus token endpoint. */
class ClientCredentialsTokensTest {

    private static final String CLIENT_ID = "orders-app";
    private static final String CLIENT_SECRET = "s3cr3t-Value_that-must-stay+hidden";
    private static final String AUDIENCE = "api://cumulus-catalog";
    private static final long LIFETIME_SECONDS = 3600;

    private final ManualClock clock = ManualClock.startingAt("2026-03-01T10:00:00Z");
    private final AtomicInteger tokenRequests = new AtomicInteger();
    private final List<Map<String, String>> forms = new CopyOnWriteArrayList<>();
    private volatile int tokenStatus = 200;
    private volatile CountDownLatch answerTokens = new CountDownLatch(0);
    private final ExecutorService issuerThreads = Executors.newCachedThreadPool();
    private HttpServer server;
    private String issuer;

    @BeforeEach
    void startIssuer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(issuerThreads);
        issuer = "http://127.0.0.1:" + server.getAddress().getPort() + "/tenant/v2.0";
        server.createContext("/tenant/v2.0/.well-known/openid-configuration", exchange -> answer(exchange, 200,
                "{\"issuer\":\"" + issuer + "\",\"token_endpoint\":\"" + issuer + "/token\"}"));
        server.createContext("/tenant/v2.0/token", this::token);
        server.start();
    }

    @AfterEach
    void stopIssuer() {
        answerTokens.countDown();
        server.stop(0);
        issuerThreads.shutdownNow();
    }

    @Test
    void asksTheIssuerOnceAndReusesTheTokenUntilShortlyBeforeItExpires() throws IOException {
        var tokens = tokens();

        var first = tokens.tokenFor(AUDIENCE);
        clock.advance(Duration.ofSeconds(LIFETIME_SECONDS).minus(ClientCredentialsTokens.RENEW_BEFORE_EXPIRY)
                .minusSeconds(1));
        var later = tokens.tokenFor(AUDIENCE);

        assertThat(first).isEqualTo("token-1");
        assertThat(later).isEqualTo(first);
        assertThat(tokenRequests).hasValue(1);
        assertThat(forms.get(0)).containsEntry("grant_type", "client_credentials")
                .containsEntry("client_id", CLIENT_ID)
                .containsEntry("client_secret", CLIENT_SECRET)
                .containsEntry("scope", AUDIENCE + "/.default");
    }

    @Test
    void asksForAFreshTokenOnceTheOldOneIsWithinFiveMinutesOfExpiry() throws IOException {
        var tokens = tokens();
        tokens.tokenFor(AUDIENCE);

        clock.advance(Duration.ofSeconds(LIFETIME_SECONDS).minus(ClientCredentialsTokens.RENEW_BEFORE_EXPIRY));
        var renewed = tokens.tokenFor(AUDIENCE);
        var reused = tokens.tokenFor(AUDIENCE);

        assertThat(renewed).isEqualTo("token-2");
        assertThat(reused).isEqualTo("token-2");
        assertThat(tokenRequests).hasValue(2);
    }

    @Test
    void keepsOneTokenPerAudience() throws IOException {
        var tokens = tokens();

        var catalog = tokens.tokenFor(AUDIENCE);
        var payments = tokens.tokenFor("api://cumulus-payments");

        assertThat(catalog).isNotEqualTo(payments);
        assertThat(tokens.tokenFor(AUDIENCE)).isEqualTo(catalog);
        assertThat(tokenRequests).hasValue(2);
        assertThat(forms.get(1)).containsEntry("scope", "api://cumulus-payments/.default");
    }

    @Test
    void anErrorAnswerFromTheIssuerFailsClearlyWithoutTheSecretInTheErrorOrTheLog() {
        tokenStatus = 401;
        var tokens = tokens();
        var logged = new ArrayList<LogRecord>();
        var root = Logger.getLogger("");
        var previousLevel = root.getLevel();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                synchronized (logged) {
                    logged.add(record);
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        capture.setLevel(Level.ALL);
        root.addHandler(capture);
        root.setLevel(Level.ALL);
        try {
            assertThatThrownBy(() -> tokens.tokenFor(AUDIENCE))
                    .isInstanceOf(IOException.class)
                    .hasMessage("the issuer's token endpoint answered 401")
                    .satisfies(e -> {
                        for (Throwable t = e; t != null; t = t.getCause()) {
                            assertThat(String.valueOf(t.getMessage())).doesNotContain(CLIENT_SECRET);
                        }
                    });
        } finally {
            root.removeHandler(capture);
            root.setLevel(previousLevel);
        }
        synchronized (logged) {
            assertThat(logged).allSatisfy(record -> {
                assertThat(String.valueOf(record.getMessage())).doesNotContain(CLIENT_SECRET);
                assertThat(Arrays.toString(record.getParameters()))
                        .doesNotContain(CLIENT_SECRET);
            });
        }
    }

    @Test
    void aFailedRequestIsNotRememberedSoTheNextCallAsksAgain() throws IOException {
        tokenStatus = 503;
        var tokens = tokens();
        assertThatThrownBy(() -> tokens.tokenFor(AUDIENCE)).isInstanceOf(IOException.class);

        tokenStatus = 200;

        assertThat(tokens.tokenFor(AUDIENCE)).isEqualTo("token-2");
        assertThat(tokenRequests).hasValue(2);
    }

    @Test
    void concurrentCallersShareOneRequestToTheIssuer() throws Exception {
        var tokens = tokens();
        tokens.tokenFor("api://warm-up"); // the discovery document is read once, outside the race
        answerTokens = new CountDownLatch(1);
        int callers = 8;
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try {
            var threads = new CopyOnWriteArrayList<Thread>();
            var answers = new ArrayList<Future<String>>();
            for (int i = 0; i < callers; i++) {
                answers.add(pool.submit(() -> {
                    threads.add(Thread.currentThread());
                    return tokens.tokenFor(AUDIENCE);
                }));
            }
            // one caller is at the issuer, held there; every other one must be waiting for it, not asking too
            await().atMost(Duration.ofSeconds(10)).until(() -> tokenRequests.get() == 2 && threads.size() == callers
                    && threads.stream().filter(t -> t.getState() == Thread.State.BLOCKED).count() == callers - 1);
            answerTokens.countDown();

            for (var answer : answers) {
                assertThat(answer.get(10, TimeUnit.SECONDS)).isEqualTo("token-2");
            }
            assertThat(tokenRequests).hasValue(2);
        } finally {
            answerTokens.countDown();
            pool.shutdownNow();
        }
    }

    private ClientCredentialsTokens tokens() {
        var settings = IdentitySettings.from(AppSettings.of(Map.of(IdentitySettings.ISSUER, issuer)));
        return new ClientCredentialsTokens(settings, CLIENT_ID, CLIENT_SECRET, clock);
    }

    private void token(HttpExchange exchange) throws IOException {
        int number = tokenRequests.incrementAndGet();
        var body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        forms.add(form(body));
        try {
            if (!answerTokens.await(10, TimeUnit.SECONDS)) {
                answer(exchange, 504, "{}");
                return;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (tokenStatus != 200) {
            // as Entra answers a wrong secret; the adapter must not pass the request's form back up
            answer(exchange, tokenStatus, "{\"error\":\"invalid_client\",\"error_description\":\"AADSTS7000215\"}");
            return;
        }
        answer(exchange, 200, "{\"token_type\":\"Bearer\",\"access_token\":\"token-" + number
                + "\",\"expires_in\":" + LIFETIME_SECONDS + "}");
    }

    private static Map<String, String> form(String body) {
        var values = new java.util.HashMap<String, String>();
        for (var pair : body.split("&")) {
            var parts = pair.split("=", 2);
            values.put(URLDecoder.decode(parts[0], StandardCharsets.UTF_8),
                    parts.length > 1 ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : "");
        }
        return values;
    }

    private static void answer(HttpExchange exchange, int status, String json) throws IOException {
        var bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (var out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
