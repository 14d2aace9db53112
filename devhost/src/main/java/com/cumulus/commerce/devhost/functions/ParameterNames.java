package com.cumulus.commerce.devhost.functions;

import com.microsoft.azure.functions.annotation.BindingName;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.HashMap;
import java.util.Map;

/**
 * A function's parameters as middleware addresses them. As in the Java worker, a parameter is named by its
 * binding ({@code @HttpTrigger(name = "req")} is "req", {@code @BindingName("sku")} is "sku"); a parameter
 * without a binding (the ExecutionContext) keeps its Java name.
 */
record ParameterNames(Map<String, Integer> indexByName, Map<String, String> nameByAnnotation) {

    static ParameterNames of(Method method) {
        var indexes = new HashMap<String, Integer>();
        var byAnnotation = new HashMap<String, String>();
        var params = method.getParameters();
        for (int i = 0; i < params.length; i++) {
            var name = nameOf(params[i]);
            indexes.putIfAbsent(name, i);
            for (var annotation : params[i].getAnnotations()) {
                byAnnotation.putIfAbsent(annotation.annotationType().getSimpleName(), name);
            }
        }
        return new ParameterNames(Map.copyOf(indexes), Map.copyOf(byAnnotation));
    }

    /** The index of the named parameter, or -1. */
    int indexOf(String name) {
        return indexByName.getOrDefault(name, -1);
    }

    /** The name of the first parameter carrying the annotation, or null (as the worker answers). */
    String nameFor(String annotationSimpleName) {
        return nameByAnnotation.get(annotationSimpleName);
    }

    private static String nameOf(Parameter param) {
        for (var annotation : param.getAnnotations()) {
            if (annotation instanceof BindingName bindingName) {
                return bindingName.value();
            }
            var name = bindingName(annotation);
            if (name != null && !name.isBlank()) {
                return name;
            }
        }
        return param.getName();
    }

    private static String bindingName(Annotation annotation) {
        try {
            var value = annotation.annotationType().getMethod("name").invoke(annotation);
            return value instanceof String s ? s : null;
        } catch (ReflectiveOperationException e) {
            return null;
        }
    }
}
