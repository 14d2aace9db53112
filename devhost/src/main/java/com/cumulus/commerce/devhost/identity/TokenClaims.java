package com.cumulus.commerce.devhost.identity;

import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.id.ClientID;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What a service (client-credentials) token carries, and how a token request names its client. */
final class TokenClaims {

    static final String SERVICE_ROLE = "Commerce.Service";
    private static final Set<String> OIDC_SCOPES = Set.of("openid", "profile", "email", "offline_access");

    private TokenClaims() {
    }

    /** Entra's app-only token shape: no scp, {@code idtyp=app}, the caller's client id in {@code azp}. */
    static Map<String, Object> service(String clientId) {
        var id = DemoUser.stableId("service:" + clientId);
        return Map.of("sub", id, "oid", id, "tid", DemoUser.TENANT_ID, "idtyp", "app", "azp", clientId,
                "roles", List.of(SERVICE_ROLE));
    }

    /**
     * The audiences a client-credentials request asks for in {@code scope}; Entra clients send
     * {@code api://app/.default}, which names the audience {@code api://app}.
     */
    static List<String> audiencesFromScope(TokenRequest request) {
        if (request.getScope() == null) {
            return List.of();
        }
        return request.getScope().toStringList().stream()
                .filter(scope -> !OIDC_SCOPES.contains(scope))
                .map(scope -> scope.endsWith("/.default") ? scope.substring(0, scope.length() - 9) : scope)
                .toList();
    }

    static String clientId(TokenRequest request) {
        ClientID id = request.getClientAuthentication() != null
                ? request.getClientAuthentication().getClientID() : request.getClientID();
        return id == null ? "unknown" : id.getValue();
    }
}
