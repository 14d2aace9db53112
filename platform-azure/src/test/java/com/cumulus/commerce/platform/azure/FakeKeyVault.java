package com.cumulus.commerce.platform.azure;

import com.azure.core.credential.AccessToken;
import com.azure.core.credential.TokenCredential;
import com.azure.core.http.HttpClient;
import com.azure.core.http.HttpHeaderName;
import com.azure.core.http.HttpHeaders;
import com.azure.core.http.HttpMethod;
import com.azure.core.http.HttpRequest;
import com.azure.core.http.HttpResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.MGF1ParameterSpec;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javax.crypto.Cipher;
import javax.crypto.spec.OAEPParameterSpec;
import javax.crypto.spec.PSource;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A Key Vault for tests: a {@link HttpClient} that answers the Key Vault REST API (7.x) the way the service does,
 * for the calls the adapters make. A request without the bearer token gets the service's 401 challenge, as the
 * SDK expects before it asks its credential for a token. Secrets keep their versions; keys are RSA key pairs with
 * versions, soft-deleted on delete and gone on purge; unwrap uses the private key with RSA-OAEP-256 (SHA-256 and
 * MGF1 with SHA-256) and answers 400 for bytes another key wrapped. State lives in this object, so a new adapter
 * on the same fake sees what an earlier one wrote, as a restarted app sees the vault.
 */
final class FakeKeyVault {

    static final String VAULT_URL = "https://cumulus-test.vault.azure.net";
    private static final String TOKEN = "fake-token-for-tests";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, List<Secret>> secrets = new HashMap<>();
    private final Map<String, List<Key>> keys = new HashMap<>();
    private final Map<String, List<Key>> deletedKeys = new HashMap<>();
    private final AtomicLong clock = new AtomicLong(1_900_000_000L);
    final AtomicInteger requests = new AtomicInteger();
    /** When set, purging a deleted key is refused (403), as in a vault with purge protection. */
    volatile boolean purgeProtection;
    /** Runs before a secret's first version is stored: another instance writing at the same moment. */
    volatile Runnable beforeFirstSecretVersion;
    final AtomicInteger unwrapCalls = new AtomicInteger();

    private record Secret(String version, String value, long created) {
    }

    private record Key(String name, String version, KeyPair pair, long created) {
    }

    /** A credential that hands out the token this vault accepts. */
    TokenCredential credential() {
        return request -> Mono.just(new AccessToken(TOKEN, OffsetDateTime.now().plusHours(1)));
    }

    HttpClient httpClient() {
        return request -> Mono.fromCallable(() -> answer(request));
    }

    KeyVaultClients clients() {
        return new KeyVaultClients(VAULT_URL, credential(), httpClient());
    }

    private synchronized HttpResponse answer(HttpRequest request) throws Exception {
        requests.incrementAndGet();
        String authorization = request.getHeaders().getValue(HttpHeaderName.AUTHORIZATION);
        if (authorization == null || !authorization.equals("Bearer " + TOKEN)) {
            return new Response(request, 401, null).header("WWW-Authenticate",
                    "Bearer authorization=\"https://login.microsoftonline.com/00000000-0000-0000-0000-000000000000\","
                            + " resource=\"https://vault.azure.net\"");
        }
        String[] path = request.getUrl().getPath().replaceFirst("^/", "").split("/", -1);
        HttpMethod method = request.getHttpMethod();
        JsonNode body = request.getBodyAsBinaryData() == null ? null
                : JSON.readTree(request.getBodyAsBinaryData().toString());
        return switch (path[0]) {
            case "secrets" -> secret(request, method, path, body);
            case "keys" -> key(request, method, path, body);
            case "deletedkeys" -> deletedKey(request, method, path[1]);
            default -> error(request, 404, "NotFound", "no such resource");
        };
    }

    private HttpResponse secret(HttpRequest request, HttpMethod method, String[] path, JsonNode body) {
        String name = path[1];
        if (method == HttpMethod.PUT && path.length == 2) {
            var racer = beforeFirstSecretVersion;
            if (racer != null && !secrets.containsKey(name)) {
                beforeFirstSecretVersion = null;
                racer.run();
            }
            var secret = new Secret(newVersion(), body.get("value").asText(), clock.incrementAndGet());
            secrets.computeIfAbsent(name, n -> new ArrayList<>()).add(secret);
            return json(request, secretBundle(name, secret, true));
        }
        List<Secret> versions = secrets.get(name);
        if (versions == null) {
            return error(request, 404, "SecretNotFound", "A secret with (name/id) " + name + " was not found");
        }
        if (method == HttpMethod.GET && path.length == 3 && path[2].equals("versions")) {
            ObjectNode page = JSON.createObjectNode();
            ArrayNode items = page.putArray("value");
            versions.forEach(s -> items.add(secretBundle(name, s, false)));
            page.putNull("nextLink");
            return json(request, page);
        }
        if (method == HttpMethod.GET) {
            String version = path.length > 2 ? path[2] : "";
            var found = version.isEmpty() ? versions.get(versions.size() - 1)
                    : versions.stream().filter(s -> s.version().equals(version)).findFirst().orElse(null);
            return found == null ? error(request, 404, "SecretNotFound", "no such version")
                    : json(request, secretBundle(name, found, true));
        }
        return error(request, 405, "MethodNotAllowed", method.toString());
    }

    private HttpResponse key(HttpRequest request, HttpMethod method, String[] path, JsonNode body) throws Exception {
        String name = path[1];
        if (method == HttpMethod.POST && path.length == 3 && path[2].equals("create")) {
            if (deletedKeys.containsKey(name)) {
                return error(request, 409, "Conflict",
                        "Key " + name + " is currently in a deleted but recoverable state");
            }
            if (!"RSA".equals(body.path("kty").asText())) {
                return error(request, 400, "BadParameter", "kty");
            }
            return json(request, keyBundle(addVersion(name, body.path("key_size").asInt(2048))));
        }
        List<Key> versions = keys.get(name);
        if (versions == null) {
            return error(request, 404, "KeyNotFound", "A key with (name/id) " + name + " was not found");
        }
        if (method == HttpMethod.POST && path.length == 3 && path[2].equals("rotate")) {
            var newest = versions.get(versions.size() - 1);
            int bits = ((RSAPublicKey) newest.pair().getPublic()).getModulus().bitLength();
            return json(request, keyBundle(addVersion(name, bits)));
        }
        if (method == HttpMethod.DELETE && path.length == 2) {
            keys.remove(name);
            deletedKeys.put(name, versions);
            ObjectNode deleted = keyBundle(versions.get(versions.size() - 1));
            deleted.put("recoveryId", VAULT_URL + "/deletedkeys/" + name);
            deleted.put("deletedDate", clock.get());
            deleted.put("scheduledPurgeDate", clock.get() + 90 * 86_400);
            return json(request, deleted);
        }
        String version = path.length > 2 ? path[2] : "";
        var found = version.isEmpty() ? versions.get(versions.size() - 1)
                : versions.stream().filter(k -> k.version().equals(version)).findFirst().orElse(null);
        if (found == null) {
            return error(request, 404, "KeyNotFound", "A key with (name/id) " + name + "/" + version + " was not found");
        }
        if (method == HttpMethod.GET && path.length <= 3) {
            return json(request, keyBundle(found));
        }
        if (method == HttpMethod.POST && path.length == 4) {
            if (!"RSA-OAEP-256".equals(body.path("alg").asText())) {
                return error(request, 400, "BadParameter", "alg");
            }
            byte[] value = Base64.getUrlDecoder().decode(body.path("value").asText());
            byte[] result;
            try {
                result = switch (path[3]) {
                    case "wrapkey" -> oaep(Cipher.ENCRYPT_MODE, found, value);
                    case "unwrapkey" -> {
                        unwrapCalls.incrementAndGet();
                        yield oaep(Cipher.DECRYPT_MODE, found, value);
                    }
                    default -> null;
                };
            } catch (GeneralSecurityException e) {
                return error(request, 400, "BadParameter", "The parameter is incorrect.");
            }
            if (result == null) {
                return error(request, 404, "NotFound", path[3]);
            }
            ObjectNode answer = JSON.createObjectNode();
            answer.put("kid", kid(found));
            answer.put("value", base64Url(result));
            return json(request, answer);
        }
        return error(request, 405, "MethodNotAllowed", method.toString());
    }

    private HttpResponse deletedKey(HttpRequest request, HttpMethod method, String name) {
        List<Key> versions = deletedKeys.get(name);
        if (versions == null) {
            return error(request, 404, "KeyNotFound", "Deleted Key not found: " + name);
        }
        if (method == HttpMethod.DELETE) {
            if (purgeProtection) {
                return error(request, 403, "Forbidden", "Operation \"purge\" is not allowed because purge protection"
                        + " is enabled for this vault");
            }
            deletedKeys.remove(name);
            return new Response(request, 204, null);
        }
        ObjectNode deleted = keyBundle(versions.get(versions.size() - 1));
        deleted.put("recoveryId", VAULT_URL + "/deletedkeys/" + name);
        return json(request, deleted);
    }

    boolean isPurged(String keyName) {
        synchronized (this) {
            return !keys.containsKey(keyName) && !deletedKeys.containsKey(keyName);
        }
    }

    /** Stores a secret version directly, as another instance's write would. */
    synchronized void putSecret(String name, String value) {
        secrets.computeIfAbsent(name, n -> new ArrayList<>()).add(new Secret(newVersion(), value, clock.incrementAndGet()));
    }

    int secretVersions(String name) {
        synchronized (this) {
            return secrets.getOrDefault(name, List.of()).size();
        }
    }

    private Key addVersion(String name, int bits) throws GeneralSecurityException {
        var generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(bits);
        var key = new Key(name, newVersion(), generator.generateKeyPair(), clock.incrementAndGet());
        keys.computeIfAbsent(name, n -> new ArrayList<>()).add(key);
        return key;
    }

    private static byte[] oaep(int mode, Key key, byte[] input) throws GeneralSecurityException {
        var cipher = Cipher.getInstance("RSA/ECB/OAEPPadding");
        var spec = new OAEPParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256, PSource.PSpecified.DEFAULT);
        cipher.init(mode, mode == Cipher.ENCRYPT_MODE ? key.pair().getPublic() : key.pair().getPrivate(), spec);
        return cipher.doFinal(input);
    }

    private ObjectNode secretBundle(String name, Secret secret, boolean withValue) {
        ObjectNode node = JSON.createObjectNode();
        if (withValue) {
            node.put("value", secret.value());
        }
        node.put("id", VAULT_URL + "/secrets/" + name + "/" + secret.version());
        node.set("attributes", attributes(secret.created()));
        return node;
    }

    private ObjectNode keyBundle(Key key) {
        var publicKey = (RSAPublicKey) key.pair().getPublic();
        ObjectNode node = JSON.createObjectNode();
        ObjectNode jwk = node.putObject("key");
        jwk.put("kid", kid(key));
        jwk.put("kty", "RSA");
        jwk.putArray("key_ops").add("wrapKey").add("unwrapKey");
        jwk.put("n", base64Url(unsigned(publicKey.getModulus())));
        jwk.put("e", base64Url(unsigned(publicKey.getPublicExponent())));
        node.set("attributes", attributes(key.created()));
        return node;
    }

    private ObjectNode attributes(long created) {
        ObjectNode attributes = JSON.createObjectNode();
        attributes.put("enabled", true);
        attributes.put("created", created);
        attributes.put("updated", created);
        attributes.put("recoveryLevel", "Recoverable+Purgeable");
        attributes.put("recoverableDays", 90);
        return attributes;
    }

    private static String kid(Key key) {
        return VAULT_URL + "/keys/" + key.name() + "/" + key.version();
    }

    private static String newVersion() {
        return UUID.randomUUID().toString().replace("-", "");
    }

    private static byte[] unsigned(BigInteger value) {
        byte[] bytes = value.toByteArray();
        if (bytes.length > 1 && bytes[0] == 0) {
            byte[] trimmed = new byte[bytes.length - 1];
            System.arraycopy(bytes, 1, trimmed, 0, trimmed.length);
            return trimmed;
        }
        return bytes;
    }

    private static String base64Url(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static HttpResponse json(HttpRequest request, JsonNode node) {
        return new Response(request, 200, node.toString().getBytes(StandardCharsets.UTF_8))
                .header("Content-Type", "application/json; charset=utf-8");
    }

    private static HttpResponse error(HttpRequest request, int status, String code, String message) {
        ObjectNode node = JSON.createObjectNode();
        ObjectNode error = node.putObject("error");
        error.put("code", code);
        error.put("message", message);
        return new Response(request, status, node.toString().getBytes(StandardCharsets.UTF_8))
                .header("Content-Type", "application/json; charset=utf-8");
    }

    /** A buffered response. */
    private static final class Response extends HttpResponse {

        private final int status;
        private final byte[] body;
        private final HttpHeaders headers = new HttpHeaders();

        Response(HttpRequest request, int status, byte[] body) {
            super(request);
            this.status = status;
            this.body = body;
            headers.set(HttpHeaderName.fromString("x-ms-request-id"), UUID.randomUUID().toString());
            headers.set(HttpHeaderName.CONTENT_LENGTH, String.valueOf(body == null ? 0 : body.length));
        }

        Response header(String name, String value) {
            headers.set(HttpHeaderName.fromString(name), value);
            return this;
        }

        @Override
        public int getStatusCode() {
            return status;
        }

        @Override
        @Deprecated
        public String getHeaderValue(String name) {
            return headers.getValue(HttpHeaderName.fromString(name));
        }

        @Override
        public HttpHeaders getHeaders() {
            return headers;
        }

        @Override
        public Flux<ByteBuffer> getBody() {
            return body == null ? Flux.empty() : Flux.just(ByteBuffer.wrap(body));
        }

        @Override
        public Mono<byte[]> getBodyAsByteArray() {
            return body == null ? Mono.empty() : Mono.just(body);
        }

        @Override
        public Mono<String> getBodyAsString() {
            return getBodyAsString(StandardCharsets.UTF_8);
        }

        @Override
        public Mono<String> getBodyAsString(Charset charset) {
            return body == null ? Mono.empty() : Mono.just(new String(body, charset));
        }
    }
}
