package com.cumulus.commerce.platform.identity;

import java.io.IOException;

/** Access tokens an app presents to another app's service routes ({@code Commerce.Service}, that app's audience). */
@FunctionalInterface
public interface ServiceTokens {

    /**
     * A bearer token for {@code audience} (such as {@code api://cumulus-catalog}), reused while it has time left.
     *
     * @throws IOException when the issuer cannot be asked or refuses
     */
    String tokenFor(String audience) throws IOException;
}
