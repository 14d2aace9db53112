package com.cumulus.commerce.devhost.functions;

import static org.assertj.core.api.Assertions.assertThat;

import com.cumulus.commerce.devhost.middleware.HeaderGateMiddleware;
import com.cumulus.commerce.devhost.sample.valid.ProductFunctions;
import com.microsoft.azure.functions.HttpRequestMessage;
import org.junit.jupiter.api.Test;

/** Middleware found through ServiceLoader serves only the functions loaded from its own code source. */
class MiddlewaresTest {

    private final Middlewares middlewares = new Middlewares(getClass().getClassLoader());

    @Test
    void middlewareServesFunctionsFromItsOwnClassesDirectory() {
        var found = middlewares.forClass(ProductFunctions.class);

        assertThat(found).singleElement().isInstanceOf(HeaderGateMiddleware.class);
    }

    @Test
    void functionsOfOneAppShareTheSameMiddlewareInstances() {
        assertThat(middlewares.forClass(MiddlewaresTest.class).get(0))
                .isSameAs(middlewares.forClass(ProductFunctions.class).get(0));
    }

    @Test
    void classesFromAnotherJarOrTheJdkGetNoMiddleware() {
        assertThat(middlewares.forClass(HttpRequestMessage.class)).isEmpty();
        assertThat(middlewares.forClass(String.class)).isEmpty();
    }
}
