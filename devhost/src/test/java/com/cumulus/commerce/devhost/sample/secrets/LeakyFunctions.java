package com.cumulus.commerce.devhost.sample.secrets;

import com.cumulus.commerce.platform.config.AppSettings;
import com.microsoft.azure.functions.ExecutionContext;
import com.microsoft.azure.functions.HttpMethod;
import com.microsoft.azure.functions.HttpRequestMessage;
import com.microsoft.azure.functions.HttpResponseMessage;
import com.microsoft.azure.functions.HttpStatus;
import com.microsoft.azure.functions.annotation.AuthorizationLevel;
import com.microsoft.azure.functions.annotation.FunctionName;
import com.microsoft.azure.functions.annotation.HttpTrigger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/** Careless functions holding a secret from a Key Vault reference: one proves it resolved, one leaks it. */
public class LeakyFunctions {

    private static String secret() {
        return AppSettings.fromEnvironment().get("PSP_WEBHOOK_SECRET").orElseThrow();
    }

    /** Answers the SHA-256 of the setting, so a test can tell the secret arrived without it crossing the wire. */
    @FunctionName("secretDigest")
    public HttpResponseMessage digest(@HttpTrigger(name = "req", methods = HttpMethod.GET,
            authLevel = AuthorizationLevel.ANONYMOUS, route = "secret-digest")
            HttpRequestMessage<Optional<String>> request) throws NoSuchAlgorithmException {
        var digest = MessageDigest.getInstance("SHA-256").digest(secret().getBytes(StandardCharsets.UTF_8));
        return request.createResponseBuilder(HttpStatus.OK).body(HexFormat.of().formatHex(digest)).build();
    }

    /** Logs the secret and fails with it in the message and in the cause, as careless code does. */
    @FunctionName("leak")
    public HttpResponseMessage leak(@HttpTrigger(name = "req", methods = HttpMethod.GET,
            authLevel = AuthorizationLevel.ANONYMOUS, route = "leak") HttpRequestMessage<Optional<String>> request,
            ExecutionContext context) {
        var secret = secret();
        context.getLogger().info("signing the PSP call with " + secret);
        throw new IllegalStateException("the PSP refused a signature made with " + secret,
                new IllegalArgumentException("bad key " + secret));
    }
}
