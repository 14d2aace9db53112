package com.cumulus.commerce.functions.support;

import com.cumulus.commerce.platform.Clock;
import com.cumulus.commerce.platform.config.AppSettings;
import com.cumulus.commerce.platform.http.Problem;
import com.cumulus.commerce.platform.http.Problems;
import com.cumulus.commerce.platform.http.QueryString;
import com.cumulus.commerce.platform.identity.Access;
import com.cumulus.commerce.platform.identity.AccessDecision;
import com.cumulus.commerce.platform.identity.Caller;
import com.cumulus.commerce.platform.identity.HttpAccess;
import com.cumulus.commerce.platform.identity.IdentitySettings;
import com.cumulus.commerce.platform.identity.NimbusAccessTokens;
import com.microsoft.azure.functions.HttpRequestMessage;
import com.microsoft.azure.functions.HttpStatus;
import com.microsoft.azure.functions.internal.spi.middleware.Middleware;
import com.microsoft.azure.functions.internal.spi.middleware.MiddlewareChain;
import com.microsoft.azure.functions.internal.spi.middleware.MiddlewareContext;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Level;

/**
 * The edge of every HTTP function of an app, as a Functions middleware so it runs the same in Azure's Java worker
 * and in devhost: a per-IP rate limit, then the bearer token against the function's declared {@link Access}, then
 * a per-client rate limit, then a query whose parameters must be UTF-8 text (400 naming the first that is not);
 * only then the function, with the caller in {@link CurrentCaller}. A function without a
 * declared policy is refused (fail closed). Each app registers a subclass in its own
 * {@code META-INF/services/com.microsoft.azure.functions.internal.spi.middleware.Middleware}, because middleware
 * applies to the app whose class path declares it.
 */
public abstract class HttpGuard implements Middleware {

    static final String PER_IP = "RATE_LIMIT_PER_IP_PER_MINUTE";
    static final String PER_CLIENT = "RATE_LIMIT_PER_CLIENT_PER_MINUTE";

    private final Supplier<Edge> factory;
    private volatile Edge edge;

    /**
     * @param appPackage             the package holding the app's function classes
     * @param serviceAudienceSetting the app setting naming this app's audience for service tokens
     */
    protected HttpGuard(String appPackage, String serviceAudienceSetting) {
        Objects.requireNonNull(appPackage, "'appPackage' must not be null");
        Objects.requireNonNull(serviceAudienceSetting, "'serviceAudienceSetting' must not be null");
        ClassLoader loader = getClass().getClassLoader();
        this.factory = () -> {
            AppSettings settings = AppSettings.fromEnvironment();
            IdentitySettings identity = IdentitySettings.from(settings);
            String audience = settings.get(serviceAudienceSetting).orElse(null);
            return new Edge(HttpPolicies.scan(appPackage, loader),
                    new HttpAccess(NimbusAccessTokens.create(identity, audience), identity), audience,
                    new RateLimiter(settings.getInt(PER_IP, 600), Clock.system()),
                    new RateLimiter(settings.getInt(PER_CLIENT, 1200), Clock.system()));
        };
    }

    HttpGuard(Map<String, Access> policies, HttpAccess access, String serviceAudience, RateLimiter perIp,
            RateLimiter perClient) {
        Edge fixed = new Edge(HttpPolicies.of(policies), access, serviceAudience, perIp, perClient);
        this.factory = () -> fixed;
    }

    @Override
    public void invoke(MiddlewareContext context, MiddlewareChain chain) throws Exception {
        String requestName = context.getParameterName("HttpTrigger");
        if (requestName == null) {
            chain.doNext(context);
            return;
        }
        HttpRequestMessage<?> request = (HttpRequestMessage<?>) context.getParameterValue(requestName);
        Edge edge = edge();
        Optional<Duration> ipWait = edge.perIp.tryAcquire("ip:" + clientAddress(request));
        if (ipWait.isPresent()) {
            context.updateReturnValue(tooManyRequests(request, ipWait.get()));
            return;
        }
        Optional<Access> access = edge.policies.of(context.getFunctionName());
        if (access.isEmpty()) {
            context.getLogger().log(Level.SEVERE, "function " + context.getFunctionName()
                    + " declares no @Access policy; refusing every call to it");
            context.updateReturnValue(Answer.problem(
                    Problem.of("forbidden", "Forbidden", 403, "this route declares no access policy")).write(request));
            return;
        }
        AccessDecision decision = edge.access.decide(RequestHeaders.get(request, "Authorization"), access.get(), edge.audience);
        if (decision instanceof AccessDecision.Refused refused) {
            context.updateReturnValue(Answer.problem(refused.problem())
                    .header("WWW-Authenticate", refused.wwwAuthenticate()).write(request));
            return;
        }
        Caller caller = ((AccessDecision.Granted) decision).caller();
        if (!caller.isAnonymous()) {
            Optional<Duration> clientWait = edge.perClient.tryAcquire("client:" + clientKey(caller));
            if (clientWait.isPresent()) {
                context.updateReturnValue(tooManyRequests(request, clientWait.get()));
                return;
            }
        }
        // After the access check, so a caller without access learns nothing about the route's parameters. The raw
        // query, because a host's decoded parameters may keep such escapes as they were or replace them.
        Optional<QueryString.Parameter> notText = QueryString.firstNotText(request.getUri().getRawQuery());
        if (notText.isPresent()) {
            context.updateReturnValue(Answer.problem(Problems.queryParameterNotText(notText.get().name()))
                    .write(request));
            return;
        }
        CurrentCaller.callAs(caller, () -> {
            chain.doNext(context);
            return null;
        });
    }

    private Edge edge() {
        Edge built = edge;
        if (built == null) {
            synchronized (this) {
                built = edge;
                if (built == null) {
                    built = factory.get();
                    edge = built;
                }
            }
        }
        return built;
    }

    private static Object tooManyRequests(HttpRequestMessage<?> request, Duration wait) {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        return Answer.problem(Problem.of("too-many-requests", "Too many requests",
                HttpStatus.TOO_MANY_REQUESTS.value(), "slow down; try again in " + seconds + " s"))
                .header("Retry-After", Long.toString(seconds)).write(request);
    }

    private static String clientKey(Caller caller) {
        return caller.service() ? "app:" + caller.clientId() : "user:" + caller.subject();
    }

    /** The first address of X-Forwarded-For, which Azure's front end (and devhost) set to the client's. */
    static String clientAddress(HttpRequestMessage<?> request) {
        String forwarded = RequestHeaders.get(request, "X-Forwarded-For");
        if (forwarded == null || forwarded.isBlank()) {
            return "unknown";
        }
        String first = forwarded.split(",")[0].trim();
        int colon = first.lastIndexOf(':');
        // "1.2.3.4:5678" carries a port; a bare IPv6 address has several colons and no port
        return colon > 0 && first.indexOf(':') == colon ? first.substring(0, colon) : first;
    }

    private record Edge(HttpPolicies policies, HttpAccess access, String audience, RateLimiter perIp,
            RateLimiter perClient) {
    }
}
