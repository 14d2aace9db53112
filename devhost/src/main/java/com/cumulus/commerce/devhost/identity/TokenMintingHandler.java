package com.cumulus.commerce.devhost.identity;

import com.cumulus.commerce.platform.http.Json;
import com.cumulus.commerce.platform.http.Problem;
import com.cumulus.commerce.platform.http.Problems;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Optional;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * {@code POST /devhost/tokens}: mints a token from the embedded issuer for curl and tests, outside the
 * {@code /api} prefix so no function route can shadow it. Takes {@code {"user": "alice", "mfa": true}} or
 * {@code {"service": "cumulus-orders", "audience": "api://cumulus-catalog"}}. Refused (403) to anyone but
 * loopback and whenever the apps trust another issuer, so it can never mint for a real tenant.
 */
public final class TokenMintingHandler extends Handler.Abstract {

    public static final String PATH = "/devhost/tokens";
    private static final int MAX_BODY_BYTES = 4096;

    private final Optional<EmbeddedIssuer> issuer;

    public TokenMintingHandler(Optional<EmbeddedIssuer> issuer) {
        this.issuer = issuer;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws IOException {
        if (!request.getHttpURI().getCanonicalPath().equals(PATH)) {
            return false;
        }
        if (!fromLoopback(request)) {
            problem(response, callback, forbidden("token minting answers loopback callers only"));
        } else if (issuer.isEmpty()) {
            problem(response, callback, forbidden(
                    "the embedded issuer is off (IDENTITY_ISSUER names another issuer): get tokens from that one"));
        } else if (!request.getMethod().equals("POST")) {
            response.getHeaders().put(HttpHeader.ALLOW, "POST");
            problem(response, callback, Problems.methodNotAllowed(request.getMethod(), PATH));
        } else {
            mint(request, response, callback, issuer.get());
        }
        return true;
    }

    private static void mint(Request request, Response response, Callback callback, EmbeddedIssuer issuer)
            throws IOException {
        var bytes = Content.Source.asInputStream(request).readNBytes(MAX_BODY_BYTES + 1);
        if (bytes.length > MAX_BODY_BYTES) {
            problem(response, callback, Problems.payloadTooLarge(MAX_BODY_BYTES));
            return;
        }
        JsonNode body;
        try {
            body = Json.mapper().readTree(bytes);
        } catch (IOException e) {
            problem(response, callback, Problems.malformedJson("the body must be a JSON object"));
            return;
        }
        String token;
        try {
            token = token(body, issuer);
        } catch (IllegalArgumentException e) {
            problem(response, callback, Problems.invalidRequest(e.getMessage()));
            return;
        }
        var answer = new LinkedHashMap<String, Object>();
        answer.put("access_token", token);
        answer.put("token_type", "Bearer");
        answer.put("expires_in", EmbeddedIssuer.TOKEN_LIFETIME_SECONDS);
        var json = Json.mapper().writeValueAsBytes(answer);
        response.setStatus(200);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, json.length);
        response.write(true, ByteBuffer.wrap(json), callback);
    }

    private static String token(JsonNode body, EmbeddedIssuer issuer) {
        if (body == null || !body.isObject()) {
            throw new IllegalArgumentException("the body must be a JSON object");
        }
        var user = text(body, "user");
        var service = text(body, "service");
        if (user.isPresent() == service.isPresent()) {
            throw new IllegalArgumentException("give either 'user' or 'service'");
        }
        if (user.isPresent()) {
            var mfa = body.path("mfa");
            if (!mfa.isMissingNode() && !mfa.isBoolean()) {
                throw new IllegalArgumentException("'mfa' must be true or false");
            }
            return issuer.userToken(user.get(), mfa.asBoolean(false));
        }
        var audience = text(body, "audience")
                .orElseThrow(() -> new IllegalArgumentException("a service token needs an 'audience'"));
        return issuer.serviceToken(service.get(), audience);
    }

    private static Optional<String> text(JsonNode body, String field) {
        var node = body.path(field);
        if (node.isMissingNode() || node.isNull()) {
            return Optional.empty();
        }
        if (!node.isTextual() || node.asText().isBlank()) {
            throw new IllegalArgumentException("'" + field + "' must be a non-empty string");
        }
        return Optional.of(node.asText());
    }

    private static boolean fromLoopback(Request request) {
        return request.getConnectionMetaData().getRemoteSocketAddress() instanceof InetSocketAddress address
                && address.getAddress() != null && address.getAddress().isLoopbackAddress();
    }

    private static Problem forbidden(String detail) {
        return Problem.of("forbidden", "Forbidden", 403, detail).withInstance(PATH);
    }

    private static void problem(Response response, Callback callback, Problem problem) {
        var body = problem.toJson().getBytes(StandardCharsets.UTF_8);
        response.setStatus(problem.status());
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, Problem.MEDIA_TYPE);
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
        response.write(true, ByteBuffer.wrap(body), callback);
    }
}
