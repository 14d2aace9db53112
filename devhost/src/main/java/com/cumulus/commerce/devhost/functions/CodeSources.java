package com.cumulus.commerce.devhost.functions;

import java.net.URL;

/**
 * Where a class was loaded from (its jar or classes directory). devhost puts every function app on one class
 * path, so "the same app" means "the same code source": injectors and middleware serve only the functions
 * loaded from their own location, as each app's class path in Azure would give them.
 */
final class CodeSources {

    private CodeSources() {
    }

    /** The jar or directory of the class; null for classes without one (the JDK's, generated ones). */
    static URL location(Class<?> type) {
        var domain = type.getProtectionDomain();
        var source = domain == null ? null : domain.getCodeSource();
        return source == null ? null : source.getLocation();
    }
}
