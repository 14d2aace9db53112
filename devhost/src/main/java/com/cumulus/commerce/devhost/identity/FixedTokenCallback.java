package com.cumulus.commerce.devhost.identity;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.oauth2.sdk.TokenRequest;
import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.token.OAuth2TokenCallback;

/**
 * A token decided in advance, for tokens minted without a grant. The library's DefaultOAuth2TokenCallback
 * overwrites {@code tid} with the issuer id, which is why this one exists.
 */
record FixedTokenCallback(String issuerId, String subject, List<String> audience, Map<String, Object> claims,
        long expirySeconds) implements OAuth2TokenCallback {

    @Override
    public String subject(TokenRequest request) {
        return subject;
    }

    @Override
    public String typeHeader(TokenRequest request) {
        return JOSEObjectType.JWT.getType();
    }

    @Override
    public List<String> audience(TokenRequest request) {
        return audience;
    }

    @Override
    public Map<String, Object> addClaims(TokenRequest request) {
        return claims;
    }

    @Override
    public long tokenExpiry() {
        return expirySeconds;
    }
}
