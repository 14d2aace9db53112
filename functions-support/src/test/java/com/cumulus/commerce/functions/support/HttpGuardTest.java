package com.cumulus.commerce.functions.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.cumulus.commerce.platform.contract.ManualClock;
import com.cumulus.commerce.platform.identity.AccessPolicy;
import com.cumulus.commerce.platform.identity.Caller;
import com.cumulus.commerce.platform.identity.HttpAccess;
import com.cumulus.commerce.platform.identity.TokenFixture;
import com.microsoft.azure.functions.HttpResponseMessage;
import com.microsoft.azure.functions.internal.spi.middleware.MiddlewareChain;
import com.microsoft.azure.functions.internal.spi.middleware.MiddlewareContext;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

class HttpGuardTest {

    private final TokenFixture tokens = new TokenFixture();
    private final ManualClock clock = tokens.clock();
    private final HttpAccess access = new HttpAccess(tokens.accessTokens(TokenFixture.CATALOG_AUDIENCE), tokens.settings());
    private final MiddlewareChain chain = mock(MiddlewareChain.class);
    private final AtomicReference<Caller> seen = new AtomicReference<>();

    private HttpGuard guard(int perIp, int perClient) {
        var policies = Map.of(
                "PutProduct", TokenFixture.access(AccessPolicy.CATALOG_MANAGER, false),
                "GetProduct", TokenFixture.access(AccessPolicy.ANONYMOUS, false),
                "Checkout", TokenFixture.access(AccessPolicy.CUSTOMER, true));
        return new HttpGuard(policies, access, TokenFixture.CATALOG_AUDIENCE,
                new RateLimiter(perIp, clock), new RateLimiter(perClient, clock)) { };
    }

    private MiddlewareContext call(String function, FakeExchange request) throws Exception {
        MiddlewareContext context = mock(MiddlewareContext.class);
        when(context.getParameterName("HttpTrigger")).thenReturn("req");
        when(context.getParameterValue("req")).thenReturn(request);
        when(context.getFunctionName()).thenReturn(function);
        when(context.getLogger()).thenReturn(Logger.getLogger("test"));
        doAnswer(invocation -> {
            seen.set(CurrentCaller.get());
            return null;
        }).when(chain).doNext(any());
        return context;
    }

    private static HttpResponseMessage refusal(MiddlewareContext context) {
        var captor = org.mockito.ArgumentCaptor.forClass(Object.class);
        verify(context).updateReturnValue(captor.capture());
        return (HttpResponseMessage) captor.getValue();
    }

    @Test
    void catalogManagerTokenReachesTheFunctionWithItsCaller() throws Exception {
        var context = call("PutProduct", new FakeExchange().header("authorization", "Bearer " + tokens.catalogManagerToken()));

        guard(100, 100).invoke(context, chain);

        verify(chain).doNext(context);
        assertThat(seen.get().hasRole("Catalog.Manage")).isTrue();
        assertThat(CurrentCaller.get().isAnonymous()).as("the caller does not outlive the call").isTrue();
    }

    @Test
    void aQueryParameterThatIsNotUtf8TextIsRefused400ByNameWithoutRunningTheFunction() throws Exception {
        for (String query : new String[] {"limit=5&q=%ff", "limit=5&q=%C0%AF", "q=caf%E9"}) {
            var context = call("GetProduct", new FakeExchange().rawQuery(query));

            guard(100, 100).invoke(context, chain);

            verify(chain, never()).doNext(any());
            var response = refusal(context);
            assertThat(response.getStatusCode()).isEqualTo(400);
            assertThat(response.getHeader("Content-Type")).isEqualTo("application/problem+json");
            assertThat(String.valueOf(response.getBody())).contains("/invalid-request")
                    .contains("query parameter 'q' is not UTF-8 text").contains("\"field\":\"q\"");
        }
    }

    @Test
    void theAccessCheckAnswersBeforeABadQueryParameter() throws Exception {
        var context = call("PutProduct", new FakeExchange().rawQuery("q=%ff"));

        guard(100, 100).invoke(context, chain);

        verify(chain, never()).doNext(any());
        assertThat(refusal(context).getStatusCode()).isEqualTo(401);
    }

    @Test
    void aLonePercentSignIsTextAndReachesTheFunction() throws Exception {
        var context = call("GetProduct", new FakeExchange().rawQuery("q=100%25&x=%25zz"));

        guard(100, 100).invoke(context, chain);

        verify(chain).doNext(context);
    }

    @Test
    void customerTokenOnAManagerRouteIsRefused403WithoutRunningTheFunction() throws Exception {
        var context = call("PutProduct", new FakeExchange().header("Authorization", "Bearer " + tokens.customerToken()));

        guard(100, 100).invoke(context, chain);

        verify(chain, never()).doNext(any());
        var response = refusal(context);
        assertThat(response.getStatusCode()).isEqualTo(403);
        assertThat(response.getHeader("Content-Type")).isEqualTo("application/problem+json");
        assertThat(response.getHeader("WWW-Authenticate")).contains("insufficient_scope");
        assertThat(response.getBody().toString()).doesNotContain(tokens.customerToken());
    }

    @Test
    void missingTokenIsRefused401WithTheRealm() throws Exception {
        var context = call("PutProduct", new FakeExchange());

        guard(100, 100).invoke(context, chain);

        var response = refusal(context);
        assertThat(response.getStatusCode()).isEqualTo(401);
        assertThat(response.getHeader("WWW-Authenticate")).isEqualTo("Bearer realm=\"cumulus-commerce\"");
    }

    @Test
    void mfaRouteWithoutMfaAsksForStepUp() throws Exception {
        var context = call("Checkout", new FakeExchange().header("Authorization", "Bearer " + tokens.customerToken()));

        guard(100, 100).invoke(context, chain);

        var response = refusal(context);
        assertThat(response.getStatusCode()).isEqualTo(401);
        assertThat(response.getHeader("WWW-Authenticate")).contains("insufficient_user_authentication");
    }

    @Test
    void functionWithoutAPolicyIsRefused() throws Exception {
        var context = call("Undeclared", new FakeExchange());

        guard(100, 100).invoke(context, chain);

        verify(chain, never()).doNext(any());
        assertThat(refusal(context).getStatusCode()).isEqualTo(403);
    }

    @Test
    void anonymousCallsArePacedPerAddressWithRetryAfter() throws Exception {
        HttpGuard guard = guard(2, 100);
        for (int i = 0; i < 2; i++) {
            guard.invoke(call("GetProduct", new FakeExchange().header("X-Forwarded-For", "203.0.113.9:5050")), chain);
        }
        var third = call("GetProduct", new FakeExchange().header("X-Forwarded-For", "203.0.113.9:6060"));
        guard.invoke(third, chain);
        var otherAddress = call("GetProduct", new FakeExchange().header("X-Forwarded-For", "198.51.100.7"));
        guard.invoke(otherAddress, chain);

        var response = refusal(third);
        assertThat(response.getStatusCode()).isEqualTo(429);
        assertThat(response.getHeader("Retry-After")).isEqualTo("30");
        verify(chain).doNext(otherAddress);

        clock.advance(Duration.ofSeconds(30));
        var later = call("GetProduct", new FakeExchange().header("X-Forwarded-For", "203.0.113.9"));
        guard.invoke(later, chain);
        verify(chain).doNext(later);
    }

    @Test
    void signedInClientsArePacedPerClientAcrossAddresses() throws Exception {
        HttpGuard guard = guard(100, 1);
        String token = "Bearer " + tokens.catalogManagerToken();
        guard.invoke(call("PutProduct", new FakeExchange().header("Authorization", token)
                .header("X-Forwarded-For", "203.0.113.1")), chain);
        var second = call("PutProduct", new FakeExchange().header("Authorization", token)
                .header("X-Forwarded-For", "203.0.113.2"));

        guard.invoke(second, chain);

        assertThat(refusal(second).getStatusCode()).isEqualTo(429);
    }

    @Test
    void nonHttpFunctionsPassStraightThrough() throws Exception {
        MiddlewareContext context = mock(MiddlewareContext.class);
        when(context.getParameterName("HttpTrigger")).thenReturn(null);

        guard(1, 1).invoke(context, chain);

        verify(chain).doNext(context);
    }

    @Test
    void clientAddressDropsThePortButKeepsIpv6() {
        assertThat(HttpGuard.clientAddress(new FakeExchange().header("X-Forwarded-For", "203.0.113.9:443, 10.0.0.1")))
                .isEqualTo("203.0.113.9");
        assertThat(HttpGuard.clientAddress(new FakeExchange().header("x-forwarded-for", "2001:db8::1")))
                .isEqualTo("2001:db8::1");
        assertThat(HttpGuard.clientAddress(new FakeExchange())).isEqualTo("unknown");
    }
}
