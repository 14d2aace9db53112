package com.cumulus.commerce.devhost.identity;

import com.cumulus.commerce.platform.http.Json;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import no.nav.security.mock.oauth2.http.OAuth2HttpRequest;
import no.nav.security.mock.oauth2.http.OAuth2HttpResponse;
import no.nav.security.mock.oauth2.http.Route;
import okhttp3.Headers;

/**
 * Puts the demo users in front of the library's authorization server. The library's own login form takes
 * any name and free-form claims; this one offers the demo users and an MFA box, and fills in each user's
 * claims on the server, so a browser sign-in yields the same token as {@code POST /devhost/tokens}.
 *
 * <p>It answers every path: authorization codes live in the wrapped server's memory, so the token endpoint
 * must reach that same instance.
 */
final class SignInRoute implements Route {

    private static final Headers HTML = Headers.of("Content-Type", "text/html; charset=utf-8");

    private final String authorizePath;
    private final Route authorizationServer;

    SignInRoute(String issuerId, Route authorizationServer) {
        this.authorizePath = "/" + issuerId + "/authorize";
        this.authorizationServer = authorizationServer;
    }

    @Override
    public boolean match(OAuth2HttpRequest request) {
        return true;
    }

    @Override
    public OAuth2HttpResponse invoke(OAuth2HttpRequest request) {
        if (!request.getUrl().encodedPath().equals(authorizePath)) {
            return authorizationServer.invoke(request);
        }
        return switch (request.getMethod()) {
            case "GET" -> html(200, SignInPage.form());
            case "POST" -> signIn(request);
            default -> authorizationServer.invoke(request);
        };
    }

    private OAuth2HttpResponse signIn(OAuth2HttpRequest request) {
        var form = request.getFormParameters();
        var user = DemoUser.find(String.valueOf(form.get("username")));
        if (user.isEmpty()) {
            return html(400, SignInPage.unknownUser());
        }
        var mfa = form.get("mfa") != null;
        var body = "username=" + encode(user.get().username()) + "&claims=" + encode(json(user.get(), mfa));
        return authorizationServer.invoke(new OAuth2HttpRequest(request.getHeaders(), request.getMethod(),
                request.getOriginalUrl(), body));
    }

    private static String json(DemoUser user, boolean mfa) {
        try {
            return Json.mapper().writeValueAsString(user.claims(mfa));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("demo user claims cannot be written as JSON", e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static OAuth2HttpResponse html(int status, String page) {
        return new OAuth2HttpResponse(HTML, status, page, null);
    }
}
