package com.cumulus.commerce.devhost.workflows.expressions;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Every supported function by lower-cased name, since WDL function names are case-insensitive. */
final class FunctionTable {

    static final FunctionTable STANDARD = standard();

    private final Map<String, FunctionSpec> byName = new LinkedHashMap<>();

    private static FunctionTable standard() {
        FunctionTable table = new FunctionTable();
        StringFunctions.register(table);
        CollectionFunctions.register(table);
        LogicalFunctions.register(table);
        ConversionFunctions.register(table);
        MathFunctions.register(table);
        DateFunctions.register(table);
        ObjectFunctions.register(table);
        WorkflowFunctions.register(table);
        return table;
    }

    void add(String name, int minArgs, int maxArgs, FunctionSpec.Impl impl) {
        FunctionSpec previous = byName.put(name.toLowerCase(Locale.ROOT), new FunctionSpec(name, minArgs, maxArgs, impl));
        if (previous != null) {
            throw new IllegalStateException("function registered twice: " + name);
        }
    }

    FunctionSpec find(String name) {
        return byName.get(name.toLowerCase(Locale.ROOT));
    }

    Set<String> names() {
        Set<String> names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        byName.values().forEach(spec -> names.add(spec.name()));
        return Collections.unmodifiableSet(names);
    }
}
