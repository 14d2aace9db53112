package com.cumulus.commerce.devhost.middleware;

import com.microsoft.azure.functions.HttpMethod;
import com.microsoft.azure.functions.HttpRequestMessage;
import com.microsoft.azure.functions.HttpResponseMessage;
import com.microsoft.azure.functions.HttpStatus;
import com.microsoft.azure.functions.annotation.AuthorizationLevel;
import com.microsoft.azure.functions.annotation.BindingName;
import com.microsoft.azure.functions.annotation.FunctionName;
import com.microsoft.azure.functions.annotation.HttpTrigger;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Sample HTTP functions behind {@link HeaderGateMiddleware}; each records the call id it ran for. */
public class GatedFunctions {

    /** Call ids the functions ran for, so a test can tell that a rejected call never reached its function. */
    static final Set<String> RAN = ConcurrentHashMap.newKeySet();

    @FunctionName("middlewareGated")
    public HttpResponseMessage gated(
            @HttpTrigger(name = "req", methods = HttpMethod.GET, route = "gated/{id}",
                    authLevel = AuthorizationLevel.ANONYMOUS) HttpRequestMessage<Optional<String>> request,
            @BindingName("id") String id) {
        RAN.add(id);
        return request.createResponseBuilder(HttpStatus.OK).body("ran " + id).build();
    }

    @FunctionName("openToAll")
    public HttpResponseMessage open(
            @HttpTrigger(name = "req", methods = HttpMethod.GET, route = "open/{id}",
                    authLevel = AuthorizationLevel.ANONYMOUS) HttpRequestMessage<Optional<String>> request,
            @BindingName("id") String id) {
        RAN.add(id);
        return request.createResponseBuilder(HttpStatus.OK).body("ran " + id).build();
    }
}
