package com.cumulus.commerce.benchmarks.functions;

import com.microsoft.azure.functions.HttpMethod;
import com.microsoft.azure.functions.HttpRequestMessage;
import com.microsoft.azure.functions.HttpResponseMessage;
import com.microsoft.azure.functions.HttpStatus;
import com.microsoft.azure.functions.annotation.AuthorizationLevel;
import com.microsoft.azure.functions.annotation.FunctionName;
import com.microsoft.azure.functions.annotation.HttpTrigger;
import java.util.Optional;

/** A function that does no work, to separate devhost's own cost from the catalog's in the HTTP figures. */
public class ConstantFunction {

    static final String BODY = "{\"sku\":\"constant\",\"title\":\"A constant answer\"}";

    @FunctionName("benchConstant")
    public HttpResponseMessage constant(
            @HttpTrigger(name = "req", methods = {HttpMethod.GET}, route = "bench/constant",
                    authLevel = AuthorizationLevel.ANONYMOUS) HttpRequestMessage<Optional<String>> request) {
        return request.createResponseBuilder(HttpStatus.OK).header("Content-Type", "application/json").body(BODY).build();
    }
}
