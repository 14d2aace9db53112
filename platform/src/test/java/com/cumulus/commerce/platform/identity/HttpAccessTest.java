package com.cumulus.commerce.platform.identity;

import static com.cumulus.commerce.platform.identity.TokenFixture.access;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cumulus.commerce.platform.identity.AccessDecision.Granted;
import com.cumulus.commerce.platform.identity.AccessDecision.Refused;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HttpAccessTest {

    private static final String PROBLEMS = "https://problems.cumulus-commerce.dev/";
    private static final String MFA_CHALLENGE = "Bearer error=\"insufficient_user_authentication\", "
            + "error_description=\"multi-factor authentication required\"";

    private final TokenFixture fixture = new TokenFixture();
    private final HttpAccess access = new HttpAccess(fixture.accessTokens(TokenFixture.CATALOG_AUDIENCE),
            fixture.settings());

    @Test
    void grantsACustomerTheirOwnIdentity() {
        var decision = decide(bearer(fixture.customerToken()), AccessPolicy.CUSTOMER);

        assertThat(decision).isInstanceOf(Granted.class);
        assertThat(((Granted) decision).caller().subject()).isEqualTo(TokenFixture.CUSTOMER_ID);
    }

    @Test
    void asksForATokenWhenThereIsNone() {
        for (String header : new String[] {null, "", "  "}) {
            var refused = refused(decide(header, AccessPolicy.CUSTOMER));

            assertThat(refused.problem().status()).isEqualTo(401);
            assertThat(refused.problem().type()).isEqualTo(PROBLEMS + "unauthorized");
            assertThat(refused.wwwAuthenticate()).isEqualTo("Bearer realm=\"cumulus-commerce\"");
        }
    }

    @Test
    void refusesMalformedAuthorizationHeaders() {
        String token = fixture.customerToken();
        for (String header : List.of("Basic dXNlcjpwYXNz", "Bearer", "Bearer ", token, "Bearer " + token + " extra",
                "Bearer\t" + token, "Bearer <script>", "Token " + token)) {
            var refused = refused(decide(header, AccessPolicy.CUSTOMER));

            assertThat(refused.problem().status()).as(header).isEqualTo(401);
            assertThat(refused.wwwAuthenticate()).as(header).startsWith("Bearer error=\"invalid_token\"");
        }
    }

    @Test
    void takesTheBearerSchemeInAnyCase() {
        String token = fixture.customerToken();

        assertThat(decide("bearer " + token, AccessPolicy.CUSTOMER)).isInstanceOf(Granted.class);
        assertThat(decide("BEARER " + token, AccessPolicy.CUSTOMER)).isInstanceOf(Granted.class);
    }

    @Test
    void refusesAnExpiredTokenWithoutEchoingIt() {
        String token = fixture.customerToken();
        fixture.clock().advance(Duration.ofHours(2));

        var refused = refused(decide(bearer(token), AccessPolicy.CUSTOMER));

        assertThat(refused.problem().status()).isEqualTo(401);
        assertThat(refused.wwwAuthenticate())
                .isEqualTo("Bearer error=\"invalid_token\", error_description=\"expired\"");
        assertThat(refused.problem().toJson()).doesNotContain(token).doesNotContain(token.split("\\.")[1]);
        assertThat(refused.wwwAuthenticate()).doesNotContain(token.split("\\.")[1]);
    }

    @Test
    void refusesAServiceTokenOnACustomerRoute() {
        var refused = refused(decide(bearer(fixture.serviceToken(TokenFixture.CATALOG_AUDIENCE)), AccessPolicy.CUSTOMER));

        assertInsufficientScope(refused);
    }

    @Test
    void refusesAUserWithoutTheShopScopeOnACustomerRoute() {
        String token = fixture.sign(fixture.customerClaims().claim("scp", "User.Read").build());

        assertInsufficientScope(refused(decide(bearer(token), AccessPolicy.CUSTOMER)));
    }

    @Test
    void grantsCatalogManagersOnly() {
        assertThat(decide(bearer(fixture.catalogManagerToken()), AccessPolicy.CATALOG_MANAGER))
                .isInstanceOf(Granted.class);
        assertInsufficientScope(refused(decide(bearer(fixture.customerToken()), AccessPolicy.CATALOG_MANAGER)));
        assertInsufficientScope(refused(decide(bearer(fixture.operatorToken()), AccessPolicy.CATALOG_MANAGER)));
    }

    @Test
    void refusesAServiceTokenCarryingAUserRole() {
        String token = fixture.sign(fixture.serviceClaims(TokenFixture.CATALOG_AUDIENCE)
                .claim("roles", List.of("Commerce.Service", "Catalog.Manage")).build());

        assertInsufficientScope(refused(decide(bearer(token), AccessPolicy.CATALOG_MANAGER)));
    }

    @Test
    void grantsOperatorsOnly() {
        assertThat(decide(bearer(fixture.operatorToken()), AccessPolicy.OPERATOR)).isInstanceOf(Granted.class);
        assertInsufficientScope(refused(decide(bearer(fixture.catalogManagerToken()), AccessPolicy.OPERATOR)));
        assertInsufficientScope(refused(decide(bearer(fixture.customerToken()), AccessPolicy.OPERATOR)));
    }

    @Test
    void grantsAServiceTokenForThisApp() {
        var decision = decide(bearer(fixture.serviceToken(TokenFixture.CATALOG_AUDIENCE)), AccessPolicy.SERVICE);

        assertThat(decision).isInstanceOf(Granted.class);
        Caller caller = ((Granted) decision).caller();
        assertThat(caller.service()).isTrue();
        assertThat(caller.clientId()).isEqualTo(TokenFixture.SERVICE_CLIENT_ID);
    }

    @Test
    void refusesACustomerTokenOnAServiceRoute() {
        assertInsufficientScope(refused(decide(bearer(fixture.customerToken()), AccessPolicy.SERVICE)));
        assertInsufficientScope(refused(decide(bearer(fixture.operatorToken()), AccessPolicy.SERVICE)));
    }

    @Test
    void refusesAServiceTokenForAnotherApp() {
        // another app's own audience is not accepted at all here
        var foreign = refused(decide(bearer(fixture.serviceToken("api://cumulus-orders")), AccessPolicy.SERVICE));
        assertThat(foreign.problem().status()).isEqualTo(401);
        assertThat(foreign.wwwAuthenticate()).contains("error=\"invalid_token\"").contains("wrong audience");

        // the storefront audience is accepted, but is not this app's service audience
        assertInsufficientScope(refused(decide(bearer(fixture.serviceToken(TokenFixture.AUDIENCE)), AccessPolicy.SERVICE)));
    }

    @Test
    void refusesAServiceTokenWithoutTheServiceRole() {
        String token = fixture.sign(fixture.serviceClaims(TokenFixture.CATALOG_AUDIENCE).claim("roles", List.of()).build());

        assertInsufficientScope(refused(decide(bearer(token), AccessPolicy.SERVICE)));
    }

    @Test
    void refusesAServiceRouteWithoutItsAudience() {
        assertThatThrownBy(() -> access.decide(bearer(fixture.customerToken()), access(AccessPolicy.SERVICE, false), " "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'serviceAudience'");
    }

    @Test
    void grantsAnonymousRoutesWithOrWithoutAToken() {
        assertThat(((Granted) decide(null, AccessPolicy.ANONYMOUS)).caller().isAnonymous()).isTrue();
        assertThat(((Granted) decide("Bearer nonsense", AccessPolicy.ANONYMOUS)).caller().isAnonymous()).isTrue();
        assertThat(((Granted) decide("Basic x", AccessPolicy.ANONYMOUS)).caller().isAnonymous()).isTrue();

        var signedIn = (Granted) decide(bearer(fixture.customerToken()), AccessPolicy.ANONYMOUS);
        assertThat(signedIn.caller().subject()).isEqualTo(TokenFixture.CUSTOMER_ID);
    }

    @Test
    void optionalCustomerRouteTakesNoHeaderAsAnonymous() {
        for (String header : new String[] {null, "", "  "}) {
            var decision = decide(header, AccessPolicy.CUSTOMER_OR_ANONYMOUS);

            assertThat(decision).isInstanceOf(Granted.class);
            assertThat(((Granted) decision).caller().isAnonymous()).isTrue();
        }
    }

    @Test
    void optionalCustomerRouteGrantsACustomerTheirOwnIdentity() {
        var decision = decide(bearer(fixture.customerToken()), AccessPolicy.CUSTOMER_OR_ANONYMOUS);

        assertThat(((Granted) decision).caller().subject()).isEqualTo(TokenFixture.CUSTOMER_ID);
    }

    @Test
    void optionalCustomerRouteRefusesABadTokenInsteadOfFallingBackToAnonymous() {
        String expired = fixture.customerToken();
        fixture.clock().advance(Duration.ofHours(2));
        for (String header : List.of("Bearer nonsense", "Basic dXNlcjpwYXNz", bearer(expired))) {
            var refused = refused(decide(header, AccessPolicy.CUSTOMER_OR_ANONYMOUS));

            assertThat(refused.problem().status()).as(header).isEqualTo(401);
            assertThat(refused.wwwAuthenticate()).as(header).startsWith("Bearer error=\"invalid_token\"");
        }
    }

    @Test
    void optionalCustomerRouteRefusesTokensThatAreNotACustomers() {
        assertInsufficientScope(refused(decide(bearer(fixture.serviceToken(TokenFixture.CATALOG_AUDIENCE)),
                AccessPolicy.CUSTOMER_OR_ANONYMOUS)));
        String noShopScope = fixture.sign(fixture.customerClaims().claim("scp", "User.Read").build());
        assertInsufficientScope(refused(decide(bearer(noShopScope), AccessPolicy.CUSTOMER_OR_ANONYMOUS)));
    }

    @Test
    void asksForMfaStepUp() {
        var refused = refused(access.decide(bearer(fixture.customerToken()), access(AccessPolicy.CUSTOMER, true), null));

        assertThat(refused.problem().status()).isEqualTo(401);
        assertThat(refused.problem().type()).isEqualTo(PROBLEMS + "mfa-required");
        assertThat(refused.wwwAuthenticate()).isEqualTo(MFA_CHALLENGE);
    }

    @Test
    void namesTheAuthContextInTheStepUpChallenge() {
        var settings = fixture.settings(Map.of(IdentitySettings.MFA_AUTH_CONTEXT, "c1"));
        var withContext = new HttpAccess(fixture.accessTokens(settings, null), settings);

        var refused = refused(withContext.decide(bearer(fixture.customerToken()), access(AccessPolicy.CUSTOMER, true), null));

        assertThat(refused.wwwAuthenticate()).isEqualTo(MFA_CHALLENGE + ", acr_values=\"c1\"");
        String stepped = fixture.sign(fixture.customerClaims().claim("acrs", List.of("c1")).build());
        assertThat(withContext.decide(bearer(stepped), access(AccessPolicy.CUSTOMER, true), null))
                .isInstanceOf(Granted.class);
    }

    @Test
    void grantsAfterMfa() {
        var decision = access.decide(bearer(fixture.customerWithMfaToken()), access(AccessPolicy.CUSTOMER, true), null);

        assertThat(decision).isInstanceOf(Granted.class);
        assertThat(((Granted) decision).caller().mfa()).isTrue();
    }

    @Test
    void refusesTheMissingRoleBeforeAskingForMfa() {
        var refused = refused(access.decide(bearer(fixture.customerToken()), access(AccessPolicy.OPERATOR, true), null));

        assertInsufficientScope(refused);
    }

    @Test
    void worksWithAnyAccessTokensImplementation() {
        var caller = new Caller("user-9", null, null, null, java.util.Set.of("Commerce.Shop"), null, true, false, null);
        var stubbed = new HttpAccess(token -> token.equals("good") ? new TokenCheck.Valid(caller)
                : new TokenCheck.Invalid("revoked"), fixture.settings());

        assertThat(((Granted) stubbed.decide("Bearer good", access(AccessPolicy.CUSTOMER, true), null)).caller())
                .isEqualTo(caller);
        assertThat(refused(stubbed.decide("Bearer bad", access(AccessPolicy.CUSTOMER, false), null)).wwwAuthenticate())
                .isEqualTo("Bearer error=\"invalid_token\", error_description=\"revoked\"");
    }

    private AccessDecision decide(String header, AccessPolicy policy) {
        return access.decide(header, access(policy, false), TokenFixture.CATALOG_AUDIENCE);
    }

    private static String bearer(String token) {
        return "Bearer " + token;
    }

    private static Refused refused(AccessDecision decision) {
        assertThat(decision).isInstanceOf(Refused.class);
        return (Refused) decision;
    }

    private static void assertInsufficientScope(Refused refused) {
        assertThat(refused.problem().status()).isEqualTo(403);
        assertThat(refused.problem().type()).isEqualTo(PROBLEMS + "forbidden");
        assertThat(refused.wwwAuthenticate()).startsWith("Bearer error=\"insufficient_scope\"");
    }

    @Test
    void readsTheBearerTokenExactlyAsRfc6750sGrammarDoes() {
        var grammar = java.util.regex.Pattern.compile("(?i)bearer +([A-Za-z0-9\\-._~+/]+=*)");
        var headers = new java.util.ArrayList<>(List.of("Bearer abc", "bearer abc", "BEARER a.b.c", "Bearer   abc==",
                "Bearer abc=", "Bearer abc=x", "Bearer abc def", "Bearer", "Bearer ", "Bearer =", "Bearerabc",
                "Basic abc", "Bearer a\tb", "  Bearer abc  ", "Bearer\tabc", "Bearer ab/c+d~e_f-g.h", "Bearer é",
                "Bearer abc\n", "BeArEr x", "Bearer a==b", "Bearer ==", "Bear abc", "Bearers abc", ""));
        var random = new java.util.Random(42);
        String alphabet = "Bbearer =./+~_-aZ9\t\u00e9";
        for (int i = 0; i < 5000; i++) {
            var text = new StringBuilder(random.nextBoolean() ? "Bearer " : "");
            for (int n = random.nextInt(12); n > 0; n--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            headers.add(text.toString());
        }
        for (String header : headers) {
            var matcher = grammar.matcher(header.strip());
            var expected = matcher.matches() ? java.util.Optional.of(matcher.group(1)) : java.util.Optional.<String>empty();
            assertThat(HttpAccess.bearerToken(header)).as("'%s'", header).isEqualTo(expected);
        }
    }
}
