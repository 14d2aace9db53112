package com.cumulus.commerce.devhost.identity;

import static com.cumulus.commerce.devhost.identity.IssuerFixture.get;
import static com.cumulus.commerce.devhost.identity.IssuerFixture.json;
import static com.cumulus.commerce.devhost.identity.IssuerFixture.postForm;
import static com.cumulus.commerce.devhost.identity.IssuerFixture.postJson;
import static com.cumulus.commerce.devhost.identity.IssuerFixture.verify;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cumulus.commerce.devhost.DevHost;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jwt.JWTClaimsSet;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedIssuerIT {

    private static final String REDIRECT_URI = "http://127.0.0.1:7071/signed-in";

    @TempDir
    static Path workingDir;

    private static DevHost host;
    private static String issuer;
    private static String metadataUrl;
    private static String tokensUrl;

    @BeforeAll
    static void start() throws Exception {
        Files.writeString(workingDir.resolve("local.settings.json"), "{\"Values\": {}}");
        host = DevHost.start(workingDir, Map.of(
                "DEVHOST_PORT", "0",
                "DEVHOST_OIDC_PORT", "0",
                "COMMERCE_DATA_DIR", workingDir.resolve("data").toString(),
                "DEVHOST_SCAN_PACKAGES", "com.cumulus.commerce.devhost.identity.nofunctions"));
        // read at once: a later devhost in this JVM publishes its own values
        issuer = System.getProperty("IDENTITY_ISSUER");
        metadataUrl = System.getProperty("IDENTITY_METADATA_URL");
        tokensUrl = "http://127.0.0.1:" + host.port() + TokenMintingHandler.PATH;
    }

    @AfterAll
    static void stop() {
        if (host != null) {
            host.close();
        }
    }

    @Test
    void discoveryAndJwksAreServedOnLoopbackForThePublishedIssuer() throws Exception {
        assertThat(issuer).matches("http://127\\.0\\.0\\.1:\\d+/commerce").isEqualTo(host.issuer().orElseThrow().issuer());
        assertThat(System.getProperty("IDENTITY_AUDIENCE")).isEqualTo("api://cumulus-commerce");

        var discovery = json(get(metadataUrl));

        assertThat(discovery.path("issuer").asText()).isEqualTo(issuer);
        assertThat(discovery.path("authorization_endpoint").asText()).startsWith(issuer + "/");
        assertThat(discovery.path("token_endpoint").asText()).startsWith(issuer + "/");
        var jwks = json(get(discovery.path("jwks_uri").asText()));
        assertThat(jwks.path("keys").get(0).path("kty").asText()).isEqualTo("RSA");
        assertThat(jwks.path("keys").get(0).has("d")).as("no private part in the JWKS").isFalse();
    }

    @Test
    void customerTokenWithoutMfaCarriesShopScopeAndPasswordOnly() throws Exception {
        var claims = mintUser("{\"user\": \"alice\"}");

        assertThat(claims.getAudience()).containsExactly("api://cumulus-commerce");
        assertThat(claims.getStringClaim("scp")).isEqualTo("Commerce.Shop");
        assertThat(claims.getStringListClaim("amr")).containsExactly("pwd");
        assertThat(claims.getStringClaim("name")).isEqualTo("Alice Ashdown");
        assertThat(claims.getStringClaim("email")).isEqualTo("alice@example.com");
        assertThat(claims.getStringClaim("oid")).isNotBlank().isNotEqualTo(claims.getSubject());
        assertThat(claims.getStringClaim("tid")).isNotBlank();
        assertThat(claims.getClaim("roles")).isNull();
        assertThat(claims.getExpirationTime().getTime() - claims.getIssueTime().getTime()).isEqualTo(3_600_000);
    }

    @Test
    void mfaAddsMfaToAmrAndKeepsTheSameUser() throws Exception {
        var plain = mintUser("{\"user\": \"bob\", \"mfa\": false}");
        var stepped = mintUser("{\"user\": \"bob\", \"mfa\": true}");

        assertThat(stepped.getStringListClaim("amr")).containsExactly("pwd", "mfa");
        assertThat(stepped.getSubject()).isEqualTo(plain.getSubject());
        assertThat(stepped.getStringClaim("oid")).isEqualTo(plain.getStringClaim("oid"));
        assertThat(mintUser("{\"user\": \"alice\"}").getStringClaim("oid")).isNotEqualTo(plain.getStringClaim("oid"));
    }

    @Test
    void catalogManagerAndOperatorCarryTheirAppRoles() throws Exception {
        assertThat(mintUser("{\"user\": \"carol\"}").getStringListClaim("roles")).containsExactly("Catalog.Manage");
        assertThat(mintUser("{\"user\": \"oscar\"}").getStringListClaim("roles")).containsExactly("Commerce.Operate");
    }

    @Test
    void serviceTokenFromTheHelperIsAnAppTokenForTheAskedAudience() throws Exception {
        var response = postJson(tokensUrl, "{\"service\": \"cumulus-orders\", \"audience\": \"api://cumulus-catalog\"}");
        assertThat(response.statusCode()).isEqualTo(200);

        var claims = verify(json(response).path("access_token").asText(), issuer, jwksUrl());

        assertServiceToken(claims);
    }

    @Test
    void clientCredentialsGrantTakesTheAudienceFromScope() throws Exception {
        var response = postForm(tokenEndpoint(), Map.of("grant_type", "client_credentials",
                "client_id", "cumulus-orders", "client_secret", "local", "scope", "api://cumulus-catalog/.default"));
        assertThat(response.statusCode()).isEqualTo(200);

        assertServiceToken(verify(json(response).path("access_token").asText(), issuer, jwksUrl()));
    }

    @Test
    void signInPageWithPkceYieldsTheDemoUsersToken() throws Exception {
        var verifier = "a-local-verifier-that-is-long-enough-for-pkce-0123456789";
        var authorize = authorizeUrl(challenge(verifier), "state-1");
        var page = get(authorize);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<form method=\"post\"", "value=\"alice\"", "name=\"mfa\"");

        var code = signIn(authorize, "alice", true, "state-1");
        var tokens = postForm(tokenEndpoint(), Map.of("grant_type", "authorization_code", "code", code,
                "redirect_uri", REDIRECT_URI, "client_id", "storefront", "code_verifier", verifier));
        assertThat(tokens.statusCode()).isEqualTo(200);

        var claims = verify(json(tokens).path("access_token").asText(), issuer, jwksUrl());
        var minted = mintUser("{\"user\": \"alice\", \"mfa\": true}");
        assertThat(claims.getSubject()).isEqualTo(minted.getSubject());
        assertThat(claims.getStringClaim("oid")).isEqualTo(minted.getStringClaim("oid"));
        assertThat(claims.getStringListClaim("amr")).containsExactly("pwd", "mfa");
        assertThat(claims.getStringClaim("scp")).isEqualTo("Commerce.Shop");
        assertThat(claims.getAudience()).containsExactly("api://cumulus-commerce");
        assertThat(claims.getStringClaim("azp")).isEqualTo("storefront");
    }

    @Test
    void codeRedeemedWithTheWrongVerifierIsRefused() throws Exception {
        var authorize = authorizeUrl(challenge("the-verifier-the-storefront-kept-0123456789abcdef"), "state-2");
        var code = signIn(authorize, "bob", false, "state-2");

        var tokens = postForm(tokenEndpoint(), Map.of("grant_type", "authorization_code", "code", code,
                "redirect_uri", REDIRECT_URI, "client_id", "storefront",
                "code_verifier", "a-different-verifier-an-attacker-guessed-0123456789"));

        assertThat(tokens.statusCode()).isEqualTo(400);
        assertThat(tokens.body()).doesNotContain("access_token");
    }

    @Test
    void signInRefusesNamesThatAreNotDemoUsers() throws Exception {
        var response = postForm(authorizeUrl(challenge("v".repeat(50)), "s"), Map.of("username", "mallory"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Location")).isEmpty();
    }

    @Test
    void helperRefusesUnknownUsersAndBadRequests() throws Exception {
        assertThat(postJson(tokensUrl, "{\"user\": \"mallory\"}").statusCode()).isEqualTo(400);
        assertThat(postJson(tokensUrl, "{\"service\": \"cumulus-orders\"}").statusCode()).isEqualTo(400);
        assertThat(postJson(tokensUrl, "{\"user\": \"alice\", \"service\": \"x\", \"audience\": \"y\"}").statusCode())
                .isEqualTo(400);
        assertThat(postJson(tokensUrl, "not json").statusCode()).isEqualTo(400);
        var wrongMethod = get(tokensUrl);
        assertThat(wrongMethod.statusCode()).isEqualTo(405);
        assertThat(wrongMethod.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void helperRefusesABodyNestedPastTheJsonParsersLimitAsMalformed() throws Exception {
        var deep = postJson(tokensUrl, "{\"user\": " + "[".repeat(1_001) + "]".repeat(1_001) + "}");

        assertThat(deep.statusCode()).isEqualTo(400);
        assertThat(deep.body()).contains("/malformed-json");
    }

    @Test
    void aRestartedIssuerSignsWithFreshKeys() throws Exception {
        try (var first = EmbeddedIssuer.start(0, List.of("api://cumulus-commerce"));
             var second = EmbeddedIssuer.start(0, List.of("api://cumulus-commerce"))) {
            var token = first.userToken("alice", false);

            assertThat(verify(token, first.issuer(), first.jwksUrl()).getSubject()).isNotBlank();
            assertThat(get(first.jwksUrl()).body()).isNotEqualTo(get(second.jwksUrl()).body());
            assertThat(get(first.jwksUrl()).body()).isNotEqualTo(get(jwksUrl()).body());
            assertThatThrownBy(() -> verify(token, first.issuer(), second.jwksUrl()))
                    .isInstanceOf(BadJOSEException.class);
        }
    }

    private static void assertServiceToken(JWTClaimsSet claims) throws Exception {
        assertThat(claims.getAudience()).containsExactly("api://cumulus-catalog");
        assertThat(claims.getStringClaim("idtyp")).isEqualTo("app");
        assertThat(claims.getStringClaim("azp")).isEqualTo("cumulus-orders");
        assertThat(claims.getStringListClaim("roles")).containsExactly("Commerce.Service");
        assertThat(claims.getClaim("scp")).isNull();
        assertThat(claims.getClaim("amr")).isNull();
    }

    private static JWTClaimsSet mintUser(String request) throws Exception {
        var response = postJson(tokensUrl, request);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        var body = json(response);
        assertThat(body.path("token_type").asText()).isEqualTo("Bearer");
        assertThat(body.path("expires_in").asInt()).isEqualTo(3600);
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
        return verify(body.path("access_token").asText(), issuer, jwksUrl());
    }

    /** Posts the sign-in form as a browser would and returns the code from the redirect. */
    private static String signIn(String authorizeUrl, String user, boolean mfa, String state) throws Exception {
        var form = mfa ? Map.of("username", user, "mfa", "true") : Map.of("username", user);
        var redirect = postForm(authorizeUrl, form);
        assertThat(redirect.statusCode()).as(redirect.body()).isEqualTo(302);
        var location = URI.create(redirect.headers().firstValue("Location").orElseThrow());
        assertThat(location.toString()).startsWith(REDIRECT_URI + "?");
        var query = location.getQuery();
        assertThat(query).contains("state=" + state);
        return Arrays.stream(query.split("&")).filter(p -> p.startsWith("code="))
                .map(p -> p.substring(5)).findFirst().orElseThrow();
    }

    private static String authorizeUrl(String challenge, String state) throws Exception {
        return json(get(metadataUrl)).path("authorization_endpoint").asText()
                + "?client_id=storefront&response_type=code&scope=" + enc("openid api://cumulus-commerce/Commerce.Shop")
                + "&redirect_uri=" + enc(REDIRECT_URI) + "&state=" + state + "&nonce=n-" + state
                + "&code_challenge=" + challenge + "&code_challenge_method=S256";
    }

    private static String challenge(String verifier) throws Exception {
        var digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    }

    private static String tokenEndpoint() throws Exception {
        return json(get(metadataUrl)).path("token_endpoint").asText();
    }

    private static String jwksUrl() throws Exception {
        return json(get(metadataUrl)).path("jwks_uri").asText();
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
