package com.cumulus.commerce.orders.functions;

import static org.assertj.core.api.Assertions.assertThat;

import com.cumulus.commerce.platform.http.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.azure.functions.ExecutionContext;
import com.microsoft.azure.functions.HttpResponseMessage;
import java.util.logging.Logger;

/** Assertions and plumbing shared by the function tests. */
final class Responses {

    private Responses() {
    }

    static ExecutionContext context() {
        return new ExecutionContext() {
            @Override
            public Logger getLogger() {
                return Logger.getLogger("orders-test");
            }

            @Override
            public String getInvocationId() {
                return "invocation-1";
            }

            @Override
            public String getFunctionName() {
                return "test";
            }
        };
    }

    static JsonNode body(HttpResponseMessage response) {
        try {
            return Json.mapper().readTree((String) response.getBody());
        } catch (Exception e) {
            throw new AssertionError("body is not JSON: " + response.getBody(), e);
        }
    }

    /** Asserts a problem+json answer of that status and type slug, and returns its body. */
    static JsonNode assertProblem(HttpResponseMessage response, int status, String typeSlug) {
        assertThat(response.getStatusCode()).as("status of %s", response.getBody()).isEqualTo(status);
        assertThat(response.getHeader("Content-Type")).isEqualTo("application/problem+json");
        var problem = body(response);
        assertThat(problem.path("type").asText()).endsWith("/" + typeSlug);
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        return problem;
    }
}
