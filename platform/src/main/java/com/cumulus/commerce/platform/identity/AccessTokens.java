package com.cumulus.commerce.platform.identity;

/** Checks bearer tokens issued by the identity provider (Entra External ID, B2C, or the local issuer). */
@FunctionalInterface
public interface AccessTokens {

    /**
     * Checks signature, issuer, audience and lifetime. Never throws for a bad token or an unreachable issuer:
     * both are {@link TokenCheck.Invalid}.
     *
     * @param bearerToken the compact JWT, without the {@code Bearer} scheme
     */
    TokenCheck check(String bearerToken);
}
