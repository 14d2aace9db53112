package com.cumulus.commerce.systemtests;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Hands a {@link ShopTest} class's methods its {@link ShopHost}. One host runs at a time, because devhost
 * publishes its settings as JVM system properties that the apps read as they are built: a class whose
 * {@code @ShopTest} equals the previous one's reuses its host, another closes it and starts its own. The last host
 * closes when the run ends. {@link BySharedHost} orders the classes so that those sharing a host run together.
 */
final class ShopHostExtension implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(ShopHost.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == ShopHost.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        var testClass = context.getRequiredTestClass();
        var spec = spec(testClass);
        var running = context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(RunningHost.class, key -> new RunningHost(), RunningHost.class);
        return running.forClass(testClass, spec);
    }

    static ShopTest spec(Class<?> testClass) {
        return AnnotationSupport.findAnnotation(testClass, ShopTest.class).orElseThrow(
                () -> new IllegalStateException(testClass.getName() + " needs @ShopTest to get a ShopHost"));
    }

    /** What decides whether two classes can share a host: everything in {@code @ShopTest} but freshness. */
    static List<Object> sharingKey(ShopTest spec) {
        return List.of(List.of(spec.apps()), spec.workflows(), spec.sampleSettings(),
                Arrays.stream(spec.settings()).sorted().toList());
    }

    /** The one host running now, the key it was started for, and the class that asked for it. */
    private static final class RunningHost implements AutoCloseable {

        private ShopHost host;
        private List<Object> key;
        private Class<?> startedFor;

        synchronized ShopHost forClass(Class<?> testClass, ShopTest spec) {
            var wanted = sharingKey(spec);
            boolean reusable = host != null && wanted.equals(key) && (!spec.freshHost() || testClass == startedFor);
            if (!reusable) {
                close();
                host = ShopHost.start(spec);
                key = wanted;
                startedFor = testClass;
            }
            return host;
        }

        @Override
        public synchronized void close() {
            if (host != null) {
                host.close();
                host = null;
            }
        }
    }
}
