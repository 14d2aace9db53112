package com.cumulus.commerce.functions.support.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.cumulus.commerce.platform.http.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.azure.functions.ExecutionContext;
import com.microsoft.azure.functions.HttpResponseMessage;
import java.util.logging.Logger;

/**
 * Assertions and plumbing shared by the function apps' tests: the execution context the host would pass and
 * readers for the answers their functions give. Published in this module's test-jar.
 */
public final class Responses {

    private Responses() {
    }

    public static ExecutionContext context() {
        return new ExecutionContext() {
            @Override
            public Logger getLogger() {
                return Logger.getLogger("functions-test");
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

    public static JsonNode body(HttpResponseMessage response) {
        try {
            return Json.mapper().readTree((String) response.getBody());
        } catch (Exception e) {
            throw new AssertionError("body is not JSON: " + response.getBody(), e);
        }
    }

    public static int status(HttpResponseMessage response) {
        return response.getStatus().value();
    }

    /** Asserts a problem+json answer of that status and type slug, and returns its body. */
    public static JsonNode assertProblem(HttpResponseMessage response, int status, String typeSlug) {
        assertThat(response.getStatusCode()).as("status of %s", response.getBody()).isEqualTo(status);
        assertThat(response.getHeader("Content-Type")).isEqualTo("application/problem+json");
        var problem = body(response);
        assertThat(problem.path("type").asText()).endsWith("/" + typeSlug);
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        return problem;
    }
}
