package com.cumulus.commerce.devhost.functions;

import com.microsoft.azure.functions.annotation.FunctionName;
import io.github.classgraph.ClassGraph;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Finds the {@code @FunctionName} methods in the given packages of the class path. */
final class FunctionScanner {

    private FunctionScanner() {
    }

    static List<Method> scan(List<String> packages, ClassLoader loader) {
        var methods = new ArrayList<Method>();
        try (var result = new ClassGraph().enableMethodInfo().enableAnnotationInfo()
                .overrideClassLoaders(loader).acceptPackages(packages.toArray(String[]::new)).scan()) {
            for (var classInfo : result.getClassesWithMethodAnnotation(FunctionName.class.getName())) {
                for (var method : classInfo.loadClass().getDeclaredMethods()) {
                    if (method.isAnnotationPresent(FunctionName.class)) {
                        methods.add(method);
                    }
                }
            }
        }
        methods.sort(Comparator.comparing((Method m) -> m.getAnnotation(FunctionName.class).value())
                .thenComparing(m -> m.getDeclaringClass().getName()));
        return methods;
    }
}
