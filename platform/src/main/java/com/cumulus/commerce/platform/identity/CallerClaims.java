package com.cumulus.commerce.platform.identity;

import com.nimbusds.jwt.JWTClaimsSet;
import java.text.ParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Reads a verified token's claims into a {@link Caller}, in the shapes Entra External ID and B2C use. */
final class CallerClaims {

    static final String MFA_METHOD = "mfa";

    private CallerClaims() {
    }

    /** @throws ParseException when a claim has the wrong JSON type (a string where a list belongs, say) */
    static Caller toCaller(JWTClaimsSet claims, Optional<String> mfaAuthContext) throws ParseException {
        Set<String> scopes = Optional.ofNullable(claims.getStringClaim("scp"))
                .map(scp -> Arrays.stream(scp.trim().split("\\s+")).filter(s -> !s.isEmpty()).collect(Collectors.toSet()))
                .orElse(Set.of());
        Set<String> roles = Set.copyOf(list(claims, "roles"));
        boolean mfa = list(claims, "amr").contains(MFA_METHOD)
                || mfaAuthContext.map(list(claims, "acrs")::contains).orElse(false);
        boolean service = "app".equals(claims.getStringClaim("idtyp"));
        String email = claims.getStringClaim("email");
        if (email == null) {
            // B2C user flows send a list of addresses instead
            email = list(claims, "emails").stream().findFirst().orElse(null);
        }
        String clientId = Optional.ofNullable(claims.getStringClaim("azp")).orElse(claims.getStringClaim("appid"));
        return new Caller(claims.getSubject(), claims.getStringClaim("tid"), claims.getStringClaim("name"), email,
                scopes, roles, mfa, service, clientId);
    }

    private static List<String> list(JWTClaimsSet claims, String name) throws ParseException {
        List<String> values = claims.getStringListClaim(name);
        return values == null ? List.of() : values;
    }
}
