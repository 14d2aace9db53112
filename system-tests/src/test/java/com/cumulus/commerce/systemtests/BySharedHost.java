package com.cumulus.commerce.systemtests;

import java.util.Comparator;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;

/**
 * Runs the classes that share a devhost one after another (each {@code @ShopTest} once), so that the suite starts
 * as few hosts as it can; within a group, classes that need a fresh host first, then by name.
 */
public final class BySharedHost implements ClassOrderer {

    @Override
    public void orderClasses(ClassOrdererContext context) {
        context.getClassDescriptors().sort(Comparator
                .comparing((org.junit.jupiter.api.ClassDescriptor d) -> groupOf(d.getTestClass()))
                .thenComparing(d -> !freshHost(d.getTestClass()))
                .thenComparing(d -> d.getTestClass().getName()));
    }

    private static String groupOf(Class<?> testClass) {
        return testClass.isAnnotationPresent(ShopTest.class)
                ? ShopHostExtension.sharingKey(ShopHostExtension.spec(testClass)).toString()
                : "~" + testClass.getName();
    }

    private static boolean freshHost(Class<?> testClass) {
        return testClass.isAnnotationPresent(ShopTest.class) && ShopHostExtension.spec(testClass).freshHost();
    }
}
