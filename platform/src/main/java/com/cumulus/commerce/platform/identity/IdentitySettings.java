package com.cumulus.commerce.platform.identity;

import com.cumulus.commerce.platform.config.AppSettings;
import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where tokens come from and what they must carry, read once at start.
 *
 * @param issuer         the exact {@code iss} tokens carry, e.g. {@code https://<tenant-id>.ciamlogin.com/<tenant-id>/v2.0}
 * @param metadataUrl    the OIDC discovery document naming the issuer's {@code jwks_uri}
 * @param audiences      the {@code aud} values storefront tokens may carry
 * @param mfaAuthContext an Entra authentication-context id (such as {@code c1}) that also satisfies MFA, if any
 * @param clockSkew      tolerance for {@code exp} and {@code nbf}; at most five minutes
 */
public record IdentitySettings(URI issuer, URI metadataUrl, List<String> audiences, Optional<String> mfaAuthContext,
                               Duration clockSkew) {

    public static final String ISSUER = "IDENTITY_ISSUER";
    public static final String METADATA_URL = "IDENTITY_METADATA_URL";
    public static final String AUDIENCE = "IDENTITY_AUDIENCE";
    public static final String MFA_AUTH_CONTEXT = "IDENTITY_MFA_AUTH_CONTEXT";
    public static final String CLOCK_SKEW_SECONDS = "IDENTITY_CLOCK_SKEW_SECONDS";

    static final String DEFAULT_AUDIENCE = "api://cumulus-commerce";
    static final Duration MAX_CLOCK_SKEW = Duration.ofMinutes(5);
    // the context id goes into a WWW-Authenticate header, so it must not be able to break the quoting
    private static final Pattern AUTH_CONTEXT = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    public IdentitySettings {
        Objects.requireNonNull(issuer, "'issuer' must not be null");
        Objects.requireNonNull(metadataUrl, "'metadataUrl' must not be null");
        Objects.requireNonNull(clockSkew, "'clockSkew' must not be null");
        audiences = List.copyOf(Objects.requireNonNull(audiences, "'audiences' must not be null"));
        mfaAuthContext = Objects.requireNonNull(mfaAuthContext, "'mfaAuthContext' must not be null");
        if (audiences.isEmpty()) {
            throw new IllegalArgumentException("'audiences' must not be empty");
        }
        if (clockSkew.isNegative() || clockSkew.compareTo(MAX_CLOCK_SKEW) > 0) {
            throw new IllegalArgumentException("'clockSkew' must be between 0 and 300 seconds");
        }
        mfaAuthContext.ifPresent(ctx -> {
            if (!AUTH_CONTEXT.matcher(ctx).matches()) {
                throw new IllegalArgumentException("'mfaAuthContext' must be letters, digits, '.', '_' or '-'");
            }
        });
    }

    /** Reads and validates the {@code IDENTITY_*} settings; an invalid one stops the start naming it. */
    public static IdentitySettings from(AppSettings settings) {
        Objects.requireNonNull(settings, "'settings' must not be null");
        URI issuer = secureUrl(ISSUER, settings.require(ISSUER));
        String defaultMetadata = stripTrailingSlash(issuer.toString()) + "/.well-known/openid-configuration";
        URI metadataUrl = secureUrl(METADATA_URL, settings.get(METADATA_URL, defaultMetadata));
        List<String> audiences = Arrays.stream(settings.get(AUDIENCE, DEFAULT_AUDIENCE).split(","))
                .map(String::trim)
                .filter(a -> !a.isEmpty())
                .toList();
        if (audiences.isEmpty()) {
            throw new IllegalStateException("app setting '" + AUDIENCE + "' must name at least one audience");
        }
        Optional<String> context = settings.get(MFA_AUTH_CONTEXT).map(String::trim);
        if (context.isPresent() && !AUTH_CONTEXT.matcher(context.get()).matches()) {
            throw new IllegalStateException("app setting '" + MFA_AUTH_CONTEXT
                    + "' must be an authentication-context id such as c1 (letters, digits, '.', '_' or '-')");
        }
        int skew = settings.getInt(CLOCK_SKEW_SECONDS, (int) MAX_CLOCK_SKEW.toSeconds());
        if (skew < 0 || skew > MAX_CLOCK_SKEW.toSeconds()) {
            throw new IllegalStateException("app setting '" + CLOCK_SKEW_SECONDS
                    + "' must be between 0 and 300 seconds, was " + skew);
        }
        return new IdentitySettings(issuer, metadataUrl, audiences, context, Duration.ofSeconds(skew));
    }

    /** The issuer exactly as tokens carry it in {@code iss}. */
    public String issuerId() {
        return issuer.toString();
    }

    /** Loopback hosts may use plain http: nothing leaves the machine. Everywhere else tokens' keys need TLS. */
    static boolean isSecureOrLoopback(URI url) {
        if (url == null || !url.isAbsolute() || url.getHost() == null) {
            return false;
        }
        if ("https".equalsIgnoreCase(url.getScheme())) {
            return true;
        }
        String host = url.getHost();
        return "http".equalsIgnoreCase(url.getScheme())
                && (host.equals("127.0.0.1") || host.equalsIgnoreCase("localhost") || host.equals("[::1]"));
    }

    private static URI secureUrl(String name, String value) {
        URI url;
        try {
            url = new URI(value.trim());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException("app setting '" + name + "' must be a URL", e);
        }
        if (!isSecureOrLoopback(url)) {
            throw new IllegalStateException("app setting '" + name
                    + "' must be an https URL (plain http only on a loopback address): " + value);
        }
        return url;
    }

    private static String stripTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
