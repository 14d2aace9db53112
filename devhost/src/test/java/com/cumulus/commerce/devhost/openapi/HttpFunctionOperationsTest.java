package com.cumulus.commerce.devhost.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import com.microsoft.azure.functions.HttpMethod;
import com.microsoft.azure.functions.HttpRequestMessage;
import com.microsoft.azure.functions.annotation.AuthorizationLevel;
import com.microsoft.azure.functions.annotation.FunctionName;
import com.microsoft.azure.functions.annotation.HttpTrigger;
import com.microsoft.azure.functions.annotation.QueueTrigger;
import java.lang.reflect.Method;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class HttpFunctionOperationsTest {

    @Test
    void routeParametersLoseTheirConstraintsAndMarkers() {
        assertThat(HttpFunctionOperations.path("products/{sku}", "F")).isEqualTo("/products/{sku}");
        assertThat(HttpFunctionOperations.path("products/{sku:alpha}", "F")).isEqualTo("/products/{sku}");
        assertThat(HttpFunctionOperations.path("items/{id:int:min(1)}/{page?}", "F")).isEqualTo("/items/{id}/{page}");
        assertThat(HttpFunctionOperations.path("files/{*rest}", "F")).isEqualTo("/files/{rest}");
        assertThat(HttpFunctionOperations.path("orders/{id:regex(^[a-z]{3}/[0-9]+$)}/lines", "F"))
                .isEqualTo("/orders/{id}/lines");
    }

    @Test
    void anEmptyRouteIsTheFunctionNameAndSlashesAroundARouteAreDropped() {
        assertThat(HttpFunctionOperations.path("", "Health")).isEqualTo("/Health");
        assertThat(HttpFunctionOperations.path("/stock/{sku}/", "F")).isEqualTo("/stock/{sku}");
    }

    @Test
    void aFunctionServesEachOfItsMethodsOnItsRouteAndSaysWhetherItNeedsAKey() {
        assertThat(HttpFunctionOperations.of(method("save"))).containsExactly(
                new ApiOperation("PUT", "/things/{id}", "SaveThing", ApiOperation.FUNCTION_KEY),
                new ApiOperation("PATCH", "/things/{id}", "SaveThing", ApiOperation.FUNCTION_KEY));
        assertThat(HttpFunctionOperations.of(method("read"))).containsExactly(
                new ApiOperation("GET", "/ReadThing", "ReadThing", ApiOperation.UNDECLARED));
    }

    @Test
    void functionsWithoutAnHttpTriggerServeNoRoute() {
        assertThat(HttpFunctionOperations.of(method("drain"))).isEmpty();
    }

    @Test
    void aFunctionTakingEveryMethodIsRefusedByName() {
        assertThatIllegalStateException().isThrownBy(() -> HttpFunctionOperations.of(method("anything")))
                .withMessageContaining("AnyThing");
    }

    private static Method method(String name) {
        return Arrays.stream(Samples.class.getDeclaredMethods()).filter(m -> m.getName().equals(name))
                .findFirst().orElseThrow();
    }

    static final class Samples {

        @FunctionName("SaveThing")
        void save(@HttpTrigger(name = "request", methods = {HttpMethod.PUT, HttpMethod.PATCH},
                route = "things/{id:guid}", authLevel = AuthorizationLevel.FUNCTION) HttpRequestMessage<String> r) {
        }

        @FunctionName("ReadThing")
        void read(@HttpTrigger(name = "request", methods = HttpMethod.GET,
                authLevel = AuthorizationLevel.ANONYMOUS) HttpRequestMessage<String> r) {
        }

        @FunctionName("DrainThing")
        void drain(@QueueTrigger(name = "message", queueName = "things", connection = "Storage") String message) {
        }

        @FunctionName("AnyThing")
        void anything(@HttpTrigger(name = "request") HttpRequestMessage<String> r) {
        }
    }
}
