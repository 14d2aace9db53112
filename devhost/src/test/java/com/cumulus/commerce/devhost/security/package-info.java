/**
 * The OWASP API Security Top 10 (2023) against devhost: one {@code Api<n>...IT} class per risk that applies
 * to what exists, each on its own devhost with the seeded catalog ({@link
 * com.cumulus.commerce.devhost.security.SecurityFixture}), started and stopped by {@link
 * com.cumulus.commerce.devhost.security.SecuritySuite}.
 *
 * <p>API8 Security Misconfiguration (CORS, security headers) has its own class here. Not covered yet, and why:
 * <ul>
 *   <li>API6 Unrestricted Access to Sensitive Business Flows: no such flow exists yet; checkout, payments and
 *       refunds (the flows worth abusing) arrive with carts and orders.</li>
 *   <li>API7 Server Side Request Forgery: no route fetches a URL a client gives; product image URLs are stored
 *       as text and never fetched by the server.</li>
 *   <li>API10 Unsafe Consumption of APIs: the apps consume no third-party API yet; the payment provider's
 *       signed webhooks arrive with payments.</li>
 * </ul>
 */
package com.cumulus.commerce.devhost.security;
