package com.cumulus.commerce.devhost.edge;

import com.microsoft.azure.functions.HttpMethod;
import com.microsoft.azure.functions.HttpRequestMessage;
import com.microsoft.azure.functions.HttpResponseMessage;
import com.microsoft.azure.functions.HttpStatus;
import com.microsoft.azure.functions.annotation.AuthorizationLevel;
import com.microsoft.azure.functions.annotation.FunctionName;
import com.microsoft.azure.functions.annotation.HttpTrigger;
import java.util.Optional;

/** Sample functions that set headers the host also sets, to show whose value the client sees. */
public class HeaderFunctions {

    @FunctionName("framedPage")
    public HttpResponseMessage framed(
            @HttpTrigger(name = "req", methods = {HttpMethod.GET, HttpMethod.POST}, route = "framed",
                    authLevel = AuthorizationLevel.ANONYMOUS) HttpRequestMessage<Optional<String>> request) {
        return request.createResponseBuilder(HttpStatus.OK)
                .header("X-Frame-Options", "SAMEORIGIN")
                .header("Vary", "Accept-Language")
                .body("framed").build();
    }

    @FunctionName("plainPage")
    public HttpResponseMessage plain(
            @HttpTrigger(name = "req", methods = HttpMethod.GET, route = "plain",
                    authLevel = AuthorizationLevel.ANONYMOUS) HttpRequestMessage<Optional<String>> request) {
        return request.createResponseBuilder(HttpStatus.OK).body("plain").build();
    }
}
