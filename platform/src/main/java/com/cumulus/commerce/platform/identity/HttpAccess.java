package com.cumulus.commerce.platform.identity;

import com.cumulus.commerce.platform.http.Problems;
import java.util.Objects;
import java.util.Optional;

/**
 * Decides whether an HTTP call may run: reads the {@code Authorization} header, checks the bearer token,
 * then the route's {@link Access} policy and MFA step-up. Refusals follow RFC 6750 (401 {@code invalid_token},
 * 403 {@code insufficient_scope}) and RFC 9470 (401 {@code insufficient_user_authentication}).
 */
public final class HttpAccess {

    static final String REALM = "cumulus-commerce";
    static final String SHOP_SCOPE = "Commerce.Shop";
    static final String CATALOG_MANAGE_ROLE = "Catalog.Manage";
    static final String OPERATE_ROLE = "Commerce.Operate";
    static final String SERVICE_ROLE = "Commerce.Service";

    // RFC 6750 section 2.1: credentials = "Bearer" 1*SP b64token; the scheme is case-insensitive (RFC 9110)

    private final AccessTokens tokens;
    private final Optional<String> mfaAuthContext;

    public HttpAccess(AccessTokens tokens, IdentitySettings settings) {
        this.tokens = Objects.requireNonNull(tokens, "'tokens' must not be null");
        this.mfaAuthContext = Objects.requireNonNull(settings, "'settings' must not be null").mfaAuthContext();
    }

    /**
     * @param authorizationHeader the raw {@code Authorization} header, or null when absent
     * @param access              the route's declared policy
     * @param serviceAudience     the app's own service audience; required for {@link AccessPolicy#SERVICE} routes
     */
    public AccessDecision decide(String authorizationHeader, Access access, String serviceAudience) {
        Objects.requireNonNull(access, "'access' must not be null");
        if (access.value() == AccessPolicy.SERVICE && (serviceAudience == null || serviceAudience.isBlank())) {
            throw new IllegalArgumentException("'serviceAudience' must not be blank on a SERVICE route");
        }
        Optional<String> token = bearerToken(authorizationHeader);
        if (access.value() == AccessPolicy.ANONYMOUS) {
            // a signed-in caller is still known on an anonymous route (a cart follows its customer)
            return new AccessDecision.Granted(token.map(tokens::check)
                    .filter(TokenCheck.Valid.class::isInstance)
                    .map(check -> ((TokenCheck.Valid) check).caller())
                    .orElse(Caller.anonymous()));
        }
        boolean absent = authorizationHeader == null || authorizationHeader.isBlank();
        if (absent && access.value() == AccessPolicy.CUSTOMER_OR_ANONYMOUS) {
            return new AccessDecision.Granted(Caller.anonymous());
        }
        if (absent) {
            return new AccessDecision.Refused(Problems.unauthorized("a bearer token is required"),
                    "Bearer realm=\"" + REALM + "\"");
        }
        if (token.isEmpty()) {
            return invalidToken("the Authorization header must be 'Bearer <token>'", "malformed authorization header");
        }
        TokenCheck check = tokens.check(token.get());
        if (check instanceof TokenCheck.Invalid invalid) {
            return invalidToken("the bearer token was refused: " + invalid.reason(), invalid.reason());
        }
        TokenCheck.Valid valid = (TokenCheck.Valid) check;
        Caller caller = valid.caller();
        Optional<String> missing = missingPermission(access.value(), caller, valid, serviceAudience);
        if (missing.isPresent()) {
            return new AccessDecision.Refused(Problems.forbidden(missing.get()),
                    "Bearer error=\"insufficient_scope\", error_description=\"" + missing.get() + "\"");
        }
        if (access.mfa() && !caller.mfa()) {
            return new AccessDecision.Refused(Problems.mfaRequired(), mfaChallenge());
        }
        return new AccessDecision.Granted(caller);
    }

    private static Optional<String> missingPermission(AccessPolicy policy, Caller caller, TokenCheck.Valid valid,
                                                      String serviceAudience) {
        return switch (policy) {
            case ANONYMOUS -> Optional.empty();
            case CUSTOMER, CUSTOMER_OR_ANONYMOUS -> caller.service() || !caller.hasScope(SHOP_SCOPE)
                    ? Optional.of("a customer sign-in with scope " + SHOP_SCOPE + " is required")
                    : Optional.empty();
            case CATALOG_MANAGER -> userWithRole(caller, CATALOG_MANAGE_ROLE);
            case OPERATOR -> userWithRole(caller, OPERATE_ROLE);
            case SERVICE -> {
                if (!caller.service() || !caller.scopes().isEmpty()) {
                    yield Optional.of("this route is for services only");
                }
                if (!caller.hasRole(SERVICE_ROLE) || !valid.audiences().contains(serviceAudience)) {
                    yield Optional.of("a service token for " + serviceAudience + " with role " + SERVICE_ROLE
                            + " is required");
                }
                yield Optional.empty();
            }
        };
    }

    private static Optional<String> userWithRole(Caller caller, String role) {
        return caller.service() || !caller.hasRole(role)
                ? Optional.of("a user with role " + role + " is required")
                : Optional.empty();
    }

    private String mfaChallenge() {
        String challenge = "Bearer error=\"insufficient_user_authentication\", "
                + "error_description=\"multi-factor authentication required\"";
        return mfaAuthContext.map(ctx -> challenge + ", acr_values=\"" + ctx + "\"").orElse(challenge);
    }

    private static AccessDecision invalidToken(String detail, String reason) {
        // reasons are fixed phrases from AccessTokens, never token text, so they may go into the header
        return new AccessDecision.Refused(Problems.unauthorized(detail),
                "Bearer error=\"invalid_token\", error_description=\"" + reason.replace("\"", "'") + "\"");
    }

    /**
     * The token of {@code Bearer <token>} (the scheme in any case, then spaces, then RFC 6750's b64token:
     * {@code [A-Za-z0-9-._~+/]+=*}), read in one pass: a token is a kilobyte, and a regular expression over it cost
     * more than the rest of the access decision.
     */
    static Optional<String> bearerToken(String header) {
        if (header == null) {
            return Optional.empty();
        }
        String value = header.strip();
        int scheme = "bearer".length();
        if (value.length() <= scheme || !value.regionMatches(true, 0, "bearer", 0, scheme) || value.charAt(scheme) != ' ') {
            return Optional.empty();
        }
        int start = scheme;
        while (start < value.length() && value.charAt(start) == ' ') {
            start++;
        }
        int end = start;
        while (end < value.length() && isTokenChar(value.charAt(end))) {
            end++;
        }
        if (end == start) {
            return Optional.empty();
        }
        int padding = end;
        while (padding < value.length() && value.charAt(padding) == '=') {
            padding++;
        }
        return padding == value.length() ? Optional.of(value.substring(start)) : Optional.empty();
    }

    private static boolean isTokenChar(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                || c == '-' || c == '.' || c == '_' || c == '~' || c == '+' || c == '/';
    }
}
