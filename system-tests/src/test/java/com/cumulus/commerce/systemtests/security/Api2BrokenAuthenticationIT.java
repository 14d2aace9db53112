package com.cumulus.commerce.systemtests.security;

import static com.cumulus.commerce.systemtests.ShopClient.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.cumulus.commerce.devhost.identity.EmbeddedIssuer;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * API2:2023 Broken Authentication, on a catalog manager's route: every token that is not the issuer's own,
 * unaltered, for this API, is refused with 401 {@code invalid_token} and a problem that never echoes it.
 * Forgeries start from a real manager token (carol's), so only the forged part can be the reason.
 *
 * <p>An expired token comes from the embedded issuer itself (a negative lifetime), signed with its real key, so
 * expiry alone is the reason it is refused; {@code NimbusAccessTokensTest} in platform covers the skew edges.
 */
class Api2BrokenAuthenticationIT extends SecuritySuite {

    private static final String ROUTE = "/stock/AUTH-1/adjustments";
    private static final String ADJUSTMENT = "{\"delta\": 1, \"reason\": \"count\"}";

    @Test
    void noTokenAnswers401WithABearerChallengeNamingTheRealm() {
        var response = shop.send(shop.request("POST", ROUTE, ADJUSTMENT));

        assertProblem(response, 401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer realm=\"cumulus-commerce\"");
    }

    @Test
    void aCredentialThatIsNotABearerTokenIsRefused() {
        assertRefused("Basic Y2Fyb2w6cGFzc3dvcmQ=", "Y2Fyb2w6cGFzc3dvcmQ=");
    }

    @Test
    void garbageIsRefused() {
        assertRefused("Bearer not-a-jwt", "not-a-jwt");
    }

    @Test
    void anUnsignedTokenWithAlgNoneIsRefused() {
        String[] real = shop.manager().split("\\.");
        String unsigned = Base64URL.encode("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + real[1] + ".";

        assertRefused("Bearer " + unsigned, unsigned);
    }

    @Test
    void hs256SignedWithTheIssuersPublicKeyIsRefused() throws Exception {
        RSAKey published = publishedKey();
        var header = new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(published.getKeyID()).build();
        String forged = sign(header, realClaims(), new MACSigner(published.toPublicKey().getEncoded()));

        assertRefused("Bearer " + forged, forged);
    }

    @Test
    void aTokenSignedByAKeyTheIssuerNeverPublishedIsRefusedEvenUnderItsKeyId() throws Exception {
        RSAKey published = publishedKey();
        RSAKey impostor = new RSAKeyGenerator(2048).keyID(published.getKeyID()).generate();
        var header = new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(impostor.getKeyID()).build();
        String forged = sign(header, realClaims(), new RSASSASigner(impostor));

        assertRefused("Bearer " + forged, forged);
    }

    @Test
    void aCustomerWhoAddsTheManagerRoleToHerOwnTokenIsRefused() {
        String[] alice = shop.userToken("alice", true).split("\\.");
        String claims = new String(Base64URL.from(alice[1]).decode(), StandardCharsets.UTF_8);
        String promoted = claims.replaceFirst("^\\{", "{\"roles\":[\"Catalog.Manage\"],");
        String tampered = alice[0] + "." + Base64URL.encode(promoted) + "." + alice[2];

        assertRefused("Bearer " + tampered, tampered);
    }

    @Test
    void aTokenForAnotherAudienceIsRefused() {
        String otherAudience = devhost.issuer().serviceToken("cumulus-orders", "api://other");

        assertRefused("Bearer " + otherAudience, otherAudience);
    }

    @Test
    void aManagerTokenFromAnotherIssuerIsRefused() {
        try (var other = EmbeddedIssuer.start(0, List.of("api://cumulus-commerce"))) {
            assertThat(other.issuer()).isNotEqualTo(devhost.issuer().issuer());
            String foreign = other.userToken("carol", true);

            assertRefused("Bearer " + foreign, foreign);
        }
    }

    @Test
    void aManagerTokenThatExpiredBeyondTheClockSkewIsRefused() {
        String expired = devhost.issuer().userToken("carol", true, -600);

        assertRefused("Bearer " + expired, expired);
        var response = shop.send(shop.request("POST", ROUTE, ADJUSTMENT).header("Authorization", "Bearer " + expired));
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(challenge ->
                assertThat(challenge).contains("expired"));
    }

    @Test
    void theIssuersOwnManagerTokenIsAccepted() {
        var response = shop.send(shop.asManager("POST", ROUTE, ADJUSTMENT));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    private static void assertRefused(String authorization, String credential) {
        HttpResponse<String> response = shop.send(shop.request("POST", ROUTE, ADJUSTMENT)
                .header("Authorization", authorization));

        assertProblem(response, 401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(challenge ->
                assertThat(challenge).startsWith("Bearer ").contains("error=\"invalid_token\""));
        assertThat(response.body()).doesNotContain(credential);
        assertThat(response.headers().map().toString()).doesNotContain(credential);
    }

    private static RSAKey publishedKey() throws Exception {
        var keys = JWKSet.load(URI.create(devhost.issuer().jwksUrl()).toURL()).getKeys();
        assertThat(keys).hasSize(1);
        return keys.get(0).toRSAKey();
    }

    /** The claims of a real manager token: right issuer, audience, role and lifetime. */
    private static Payload realClaims() {
        return new Payload(Base64URL.from(shop.manager().split("\\.")[1]));
    }

    private static String sign(JWSHeader header, Payload payload, JWSSigner signer)
            throws Exception {
        var jws = new JWSObject(header, payload);
        jws.sign(signer);
        return jws.serialize();
    }
}
