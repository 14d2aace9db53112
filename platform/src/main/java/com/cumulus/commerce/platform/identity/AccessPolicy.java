package com.cumulus.commerce.platform.identity;

/** Who may call an HTTP function. Every HTTP function method declares one through {@link Access}. */
public enum AccessPolicy {
    /** Anyone, with or without a token. */
    ANONYMOUS,
    /** A signed-in customer: a user token whose {@code scp} holds {@code Commerce.Shop}. */
    CUSTOMER,
    /**
     * A signed-in customer (as {@link #CUSTOMER}) or nobody: without an {@code Authorization} header the caller is
     * anonymous, but a header that is present must carry a valid customer token. A bad token is refused, never
     * read as anonymous, so a client whose sign-in expired learns it instead of losing its customer's data.
     */
    CUSTOMER_OR_ANONYMOUS,
    /** A user token whose {@code roles} hold {@code Catalog.Manage}. */
    CATALOG_MANAGER,
    /** A user token whose {@code roles} hold {@code Commerce.Operate}. */
    OPERATOR,
    /**
     * Another app or workflow: a client-credentials token ({@code idtyp} {@code app}) with role
     * {@code Commerce.Service}, issued for the called app's own service audience. Customer tokens are refused.
     */
    SERVICE
}
