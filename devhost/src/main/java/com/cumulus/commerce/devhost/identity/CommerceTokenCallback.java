package com.cumulus.commerce.devhost.identity;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.oauth2.sdk.GrantType;
import com.nimbusds.oauth2.sdk.TokenRequest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.token.OAuth2TokenCallback;

/**
 * Shapes the tokens the issuer's token endpoint signs. Client credentials give a service token for the
 * audience in {@code scope}; the other grants give a user token for the storefront audiences, whose user
 * claims the sign-in page adds (the library merges them over these).
 */
final class CommerceTokenCallback implements OAuth2TokenCallback {

    private final String issuerId;
    private final List<String> userAudiences;
    private final long expirySeconds;

    CommerceTokenCallback(String issuerId, List<String> userAudiences, long expirySeconds) {
        this.issuerId = issuerId;
        this.userAudiences = List.copyOf(userAudiences);
        this.expirySeconds = expirySeconds;
    }

    @Override
    public String issuerId() {
        return issuerId;
    }

    @Override
    public String subject(TokenRequest request) {
        return isService(request) ? DemoUser.stableId("service:" + TokenClaims.clientId(request))
                : TokenClaims.clientId(request);
    }

    @Override
    public String typeHeader(TokenRequest request) {
        return JOSEObjectType.JWT.getType();
    }

    @Override
    public List<String> audience(TokenRequest request) {
        return isService(request) ? TokenClaims.audiencesFromScope(request) : userAudiences;
    }

    @Override
    public Map<String, Object> addClaims(TokenRequest request) {
        if (isService(request)) {
            return TokenClaims.service(TokenClaims.clientId(request));
        }
        var claims = new HashMap<String, Object>();
        claims.put("tid", DemoUser.TENANT_ID);
        claims.put("azp", TokenClaims.clientId(request));
        return claims;
    }

    @Override
    public long tokenExpiry() {
        return expirySeconds;
    }

    private static boolean isService(TokenRequest request) {
        return GrantType.CLIENT_CREDENTIALS.equals(request.getAuthorizationGrant().getType());
    }
}
