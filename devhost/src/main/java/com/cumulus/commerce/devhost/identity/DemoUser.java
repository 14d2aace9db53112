package com.cumulus.commerce.devhost.identity;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The people the embedded issuer signs in. Their ids are derived from their names, so orders and profiles
 * kept in {@code .data/} still belong to the same user after a restart (the signing keys do not survive one).
 */
record DemoUser(String username, String displayName, List<String> roles) {

    /** Every token the embedded issuer signs comes from this one demo tenant. */
    static final String TENANT_ID = stableId("tenant:cumulus-commerce-demo");
    static final String SHOP_SCOPE = "Commerce.Shop";

    static final List<DemoUser> ALL = List.of(
            new DemoUser("alice", "Alice Ashdown", List.of()),
            new DemoUser("bob", "Bob Brennan", List.of()),
            new DemoUser("carol", "Carol Castell", List.of("Catalog.Manage")),
            new DemoUser("oscar", "Oscar Ortega", List.of("Commerce.Operate")));

    static Optional<DemoUser> find(String username) {
        return ALL.stream().filter(user -> user.username.equals(username)).findFirst();
    }

    /**
     * The claims Entra External ID puts in an access token for this user: {@code sub} and {@code oid} differ
     * there too (sub is pairwise per application), so code that confuses them fails here as it would in Azure.
     */
    Map<String, Object> claims(boolean mfa) {
        var claims = new LinkedHashMap<String, Object>();
        claims.put("sub", stableId("sub:" + username));
        claims.put("oid", stableId("oid:" + username));
        claims.put("tid", TENANT_ID);
        claims.put("scp", SHOP_SCOPE);
        claims.put("amr", mfa ? List.of("pwd", "mfa") : List.of("pwd"));
        claims.put("name", displayName);
        claims.put("email", username + "@example.com");
        if (!roles.isEmpty()) {
            claims.put("roles", roles);
        }
        return claims;
    }

    static String stableId(String seed) {
        return UUID.nameUUIDFromBytes(seed.getBytes(StandardCharsets.UTF_8)).toString();
    }
}
