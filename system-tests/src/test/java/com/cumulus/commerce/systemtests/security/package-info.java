/**
 * The OWASP API Security Top 10 (2023) against devhost: one {@code Api<n>...IT} class per risk that applies
 * to what exists, against devhost with the seeded catalog and the catalog, orders and payments apps, handed to
 * each class by the shared host fixture ({@link com.cumulus.commerce.systemtests.ShopTest}) through {@link
 * com.cumulus.commerce.systemtests.security.SecuritySuite}; classes with the same settings share one host.
 *
 * <p>API8 Security Misconfiguration (CORS, security headers) has its own class here. The sensitive business
 * flows and the one third-party API the apps consume have theirs too:
 * <ul>
 *   <li>API6 Unrestricted Access to Sensitive Business Flows: checkout (MFA step-up, Idempotency-Key, only the
 *       caller's cart, the catalog's price, the quantity limit, a per-customer rate limit) and refunds (operators
 *       only, MFA to approve a large one, never more than was captured).</li>
 *   <li>API10 Unsafe Consumption of APIs: the payment provider's Standard Webhooks (missing, forged, tampered,
 *       stale and replayed deliveries, unknown payments, malformed bodies; no stack trace or secret in any
 *       answer), signed in the test with the secret devhost's platform holds.</li>
 * </ul>
 *
 * <p>{@code HostileInputIT} holds what a hostile client sends that no single risk names (bodies nested past the
 * JSON parser's limit; query strings, paths and headers whose percent-escapes or bytes are not UTF-8, sent as raw
 * bytes through {@code RawHttp}).
 *
 * <p>Not covered, and why: API7 Server Side Request Forgery: no route fetches a URL a client gives; product
 * image URLs are stored as text and never fetched by the server, and the simulated PSP posts its webhooks to a
 * URL from the settings, never to one a request names.
 */
package com.cumulus.commerce.systemtests.security;
