package com.cumulus.commerce.devhost.openapi;

import com.cumulus.commerce.devhost.workflows.OperatorRoute;
import com.cumulus.commerce.platform.identity.Access;
import com.microsoft.azure.functions.HttpMethod;
import com.cumulus.commerce.platform.identity.AccessPolicy;
import com.microsoft.azure.functions.annotation.AuthorizationLevel;
import com.microsoft.azure.functions.annotation.FunctionName;
import com.microsoft.azure.functions.annotation.HttpTrigger;
import io.github.classgraph.ClassGraph;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The routes the function apps serve, read from their {@code @FunctionName} and {@code @HttpTrigger} annotations. */
final class HttpFunctionOperations {

    private HttpFunctionOperations() {
    }

    /**
     * Every HTTP operation of every function app on the class path: the {@code com.cumulus.commerce} packages
     * except devhost's own (its tests hold sample functions that are no part of the API) and the benchmarks.
     */
    static List<ApiOperation> scan() {
        var operations = new ArrayList<ApiOperation>();
        try (var result = new ClassGraph().enableMethodInfo().enableAnnotationInfo()
                .acceptPackages("com.cumulus.commerce")
                .rejectPackages("com.cumulus.commerce.devhost", "com.cumulus.commerce.benchmarks")
                .scan()) {
            for (var classInfo : result.getClassesWithMethodAnnotation(FunctionName.class.getName())) {
                for (var method : classInfo.loadClass().getDeclaredMethods()) {
                    operations.addAll(of(method));
                }
            }
        }
        return operations;
    }

    /**
     * The routes devhost serves itself under the route prefix, outside any function: the operators' workflow run
     * history, which Logic Apps' own management API answers in Azure. The API documents them all the same.
     */
    static List<ApiOperation> hostRoutes() {
        return Arrays.stream(OperatorRoute.values())
                .map(route -> new ApiOperation(route.method(), path(route.template(), route.operationId()),
                        route.operationId(), ApiOperation.BEARER))
                .toList();
    }

    /** The operations one method serves: none unless it is an HTTP-triggered function. */
    static List<ApiOperation> of(Method method) {
        var function = method.getAnnotation(FunctionName.class);
        if (function == null) {
            return List.of();
        }
        var trigger = Arrays.stream(method.getParameters())
                .map(parameter -> parameter.getAnnotation(HttpTrigger.class))
                .filter(annotation -> annotation != null)
                .findFirst();
        if (trigger.isEmpty()) {
            return List.of();
        }
        if (trigger.get().methods().length == 0) {
            throw new IllegalStateException("function " + function.value()
                    + " takes every HTTP method; name the methods it serves in @HttpTrigger(methods = ...)");
        }
        var path = path(trigger.get().route(), function.value());
        var security = security(trigger.get(), method.getAnnotation(Access.class));
        return Arrays.stream(trigger.get().methods())
                .map(httpMethod -> new ApiOperation(name(httpMethod), path, function.value(), security))
                .toList();
    }

    private static String security(HttpTrigger trigger, Access access) {
        if (trigger.authLevel() != AuthorizationLevel.ANONYMOUS) {
            return ApiOperation.FUNCTION_KEY;
        }
        if (access == null) {
            return ApiOperation.UNDECLARED;
        }
        return switch (access.value()) {
            case ANONYMOUS -> ApiOperation.NONE;
            case CUSTOMER_OR_ANONYMOUS -> ApiOperation.OPTIONAL_BEARER;
            default -> ApiOperation.BEARER;
        };
    }

    /**
     * The OpenAPI path of a route template: the function name when the route is empty, and every parameter
     * bare ({@code {sku}}, {@code {sku:alpha}}, {@code {sku?}} and {@code {*sku}} all become {@code {sku}}).
     */
    static String path(String route, String functionName) {
        var trimmed = route.strip().replaceAll("^/+|/+$", "");
        var template = trimmed.isEmpty() ? functionName : trimmed;
        var path = new StringBuilder();
        for (var segment : segments(template)) {
            path.append('/').append(segment.startsWith("{") ? "{" + parameterName(segment) + "}" : segment);
        }
        return path.toString();
    }

    private static String parameterName(String segment) {
        var body = segment.substring(1, segment.length() - 1).replaceFirst("^\\*{1,2}", "");
        var end = 0;
        while (end < body.length() && ":?=".indexOf(body.charAt(end)) < 0) {
            end++;
        }
        return body.substring(0, end);
    }

    /** Splits on '/' outside braces, as the host does, so a regex constraint may hold slashes and braces. */
    private static List<String> segments(String template) {
        var segments = new ArrayList<String>();
        var current = new StringBuilder();
        int depth = 0;
        for (var c : template.toCharArray()) {
            depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            if (c == '/' && depth == 0) {
                segments.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        segments.add(current.toString());
        return segments;
    }

    private static String name(HttpMethod method) {
        return method.name().toUpperCase(Locale.ROOT);
    }
}
