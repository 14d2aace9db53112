package com.cumulus.commerce.devhost.sample.valid;

import com.microsoft.azure.functions.ExecutionContext;
import com.microsoft.azure.functions.HttpMethod;
import com.microsoft.azure.functions.HttpRequestMessage;
import com.microsoft.azure.functions.HttpResponseMessage;
import com.microsoft.azure.functions.HttpStatus;
import com.microsoft.azure.functions.HttpStatusType;
import com.microsoft.azure.functions.OutputBinding;
import com.microsoft.azure.functions.annotation.AuthorizationLevel;
import com.microsoft.azure.functions.annotation.BindingName;
import com.microsoft.azure.functions.annotation.FunctionName;
import com.microsoft.azure.functions.annotation.HttpTrigger;
import com.microsoft.azure.functions.annotation.ServiceBusQueueOutput;
import java.util.Map;
import java.util.Optional;

/** Sample HTTP functions exercising routes, bodies, outputs and failures. */
public class ProductFunctions {

    @FunctionName("getProduct")
    public HttpResponseMessage get(
            @HttpTrigger(name = "req", methods = HttpMethod.GET, route = "products/{sku:alpha}",
                    authLevel = AuthorizationLevel.ANONYMOUS) HttpRequestMessage<Optional<String>> request,
            @BindingName("sku") String sku, ExecutionContext context) {
        return request.createResponseBuilder(HttpStatus.OK)
                .header("ETag", "\"v1\"")
                .body(Map.of("sku", sku, "function", context.getFunctionName(),
                        "traceparent", context.getTraceContext().getTraceparent(),
                        "lang", request.getQueryParameters().getOrDefault("lang", "none"),
                        "accept", request.getHeaders().getOrDefault("ACCEPT", "none")))
                .build();
    }

    @FunctionName("listProducts")
    public HttpResponseMessage list(
            @HttpTrigger(name = "req", methods = HttpMethod.GET, route = "products/featured",
                    authLevel = AuthorizationLevel.ANONYMOUS) HttpRequestMessage<Optional<String>> request) {
        return request.createResponseBuilder(HttpStatus.OK).body("featured").build();
    }

    @FunctionName("createProduct")
    public HttpResponseMessage create(
            @HttpTrigger(name = "req", methods = {HttpMethod.POST, HttpMethod.PUT}, route = "products",
                    authLevel = AuthorizationLevel.ANONYMOUS) HttpRequestMessage<Product> request,
            @ServiceBusQueueOutput(name = "created", queueName = "%PRODUCT_QUEUE%", connection = "SB")
                    OutputBinding<Product> created) {
        var product = request.getBody();
        created.setValue(product);
        if ("boom".equals(product.title())) {
            throw new IllegalStateException("cannot create product: internal detail xyz");
        }
        return request.createResponseBuilder(HttpStatus.CREATED).body(product).build();
    }

    @FunctionName("item")
    public String item(
            @HttpTrigger(name = "req", route = "items/{id:int:min(1)}/{*rest}",
                    authLevel = AuthorizationLevel.ANONYMOUS) HttpRequestMessage<String> request,
            @BindingName("id") int id, @BindingName("rest") String rest) {
        return "item " + (id + 1) + " rest=" + rest;
    }

    @FunctionName("upload")
    public HttpResponseMessage upload(
            @HttpTrigger(name = "req", methods = HttpMethod.POST, route = "upload",
                    authLevel = AuthorizationLevel.ANONYMOUS) HttpRequestMessage<byte[]> request) {
        var body = request.getBody();
        return request.createResponseBuilder(HttpStatus.OK).body("bytes=" + (body == null ? 0 : body.length)).build();
    }

    @FunctionName("secured")
    public HttpResponseMessage secured(
            @HttpTrigger(name = "req", methods = HttpMethod.GET, route = "secure",
                    authLevel = AuthorizationLevel.FUNCTION) HttpRequestMessage<Optional<String>> request) {
        return request.createResponseBuilder(HttpStatusType.custom(299)).body("secret stuff").build();
    }

    @FunctionName("slow")
    public HttpResponseMessage slow(
            @HttpTrigger(name = "req", methods = HttpMethod.GET, route = "slow",
                    authLevel = AuthorizationLevel.ANONYMOUS) HttpRequestMessage<Optional<String>> request)
            throws InterruptedException {
        Thread.sleep(4_000);
        return request.createResponseBuilder(HttpStatus.OK).body("late").build();
    }
}
