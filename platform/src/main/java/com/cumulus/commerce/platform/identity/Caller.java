package com.cumulus.commerce.platform.identity;

import java.util.Set;

/**
 * Who is calling, as the access decision established it. Holds no token and no JWT types, so application
 * code can take it as a plain value.
 *
 * @param subject  the token's {@code sub}: the customer or service principal; null only for {@link #anonymous()}
 * @param tenantId the token's {@code tid}, when present
 * @param name     display name ({@code name}), when present
 * @param email    email address ({@code email}), when present
 * @param scopes   delegated scopes from {@code scp}; empty for service tokens
 * @param roles    app roles from {@code roles}
 * @param mfa      whether the sign-in included multi-factor authentication
 * @param service  whether this is a client-credentials (app) token rather than a user's
 * @param clientId the calling client application ({@code azp}, or {@code appid} in v1 tokens), when present
 */
public record Caller(String subject, String tenantId, String name, String email, Set<String> scopes,
                     Set<String> roles, boolean mfa, boolean service, String clientId) {

    private static final Caller ANONYMOUS = new Caller(null, null, null, null, Set.of(), Set.of(), false, false, null);

    public Caller {
        scopes = scopes == null ? Set.of() : Set.copyOf(scopes);
        roles = roles == null ? Set.of() : Set.copyOf(roles);
        if (subject != null && subject.isBlank()) {
            throw new IllegalArgumentException("'subject' must not be blank");
        }
    }

    /** The caller of an anonymous route who showed no valid token. */
    public static Caller anonymous() {
        return ANONYMOUS;
    }

    public boolean isAnonymous() {
        return subject == null;
    }

    public boolean hasScope(String scope) {
        return scopes.contains(scope);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }
}
