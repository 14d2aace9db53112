package com.cumulus.commerce.functions.support;

import com.cumulus.commerce.platform.identity.Access;
import com.microsoft.azure.functions.annotation.FunctionName;
import com.microsoft.azure.functions.annotation.HttpTrigger;
import io.github.classgraph.ClassGraph;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The {@link Access} each HTTP function of one app declares, by function name, read once from its classes. */
final class HttpPolicies {

    private final Map<String, Optional<Access>> byFunction;

    private HttpPolicies(Map<String, Optional<Access>> byFunction) {
        this.byFunction = Map.copyOf(byFunction);
    }

    static HttpPolicies scan(String appPackage, ClassLoader loader) {
        Map<String, Optional<Access>> found = new HashMap<>();
        try (var scan = new ClassGraph().acceptPackages(appPackage).overrideClassLoaders(loader)
                .enableClassInfo().enableMethodInfo().enableAnnotationInfo().scan()) {
            for (var type : scan.getClassesWithMethodAnnotation(FunctionName.class)) {
                for (Method method : type.loadClass().getMethods()) {
                    FunctionName name = method.getAnnotation(FunctionName.class);
                    if (name != null && isHttp(method)) {
                        found.put(name.value(), Optional.ofNullable(method.getAnnotation(Access.class)));
                    }
                }
            }
        }
        return new HttpPolicies(found);
    }

    static HttpPolicies of(Map<String, Access> policies) {
        Map<String, Optional<Access>> map = new HashMap<>();
        policies.forEach((name, access) -> map.put(name, Optional.of(access)));
        return new HttpPolicies(map);
    }

    /** Empty when the function declares no policy, or is not an HTTP function of this app. */
    Optional<Access> of(String functionName) {
        return byFunction.getOrDefault(functionName, Optional.empty());
    }

    private static boolean isHttp(Method method) {
        return Arrays.stream(method.getParameterAnnotations())
                .flatMap(Arrays::stream)
                .anyMatch(HttpTrigger.class::isInstance);
    }
}
