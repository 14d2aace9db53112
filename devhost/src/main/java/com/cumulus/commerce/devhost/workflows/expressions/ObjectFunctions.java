package com.cumulus.commerce.devhost.workflows.expressions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Object manipulation; each returns a changed copy so values held by the engine are never modified in place. */
final class ObjectFunctions {

    private ObjectFunctions() {
    }

    static void register(FunctionTable t) {
        t.add("setProperty", 3, 3, (a, s) -> {
            ObjectNode copy = a.object(0).deepCopy();
            copy.set(a.string(1), a.get(2));
            return copy;
        });
        t.add("addProperty", 3, 3, (a, s) -> {
            ObjectNode copy = a.object(0).deepCopy();
            String name = a.string(1);
            if (copy.has(name)) {
                throw a.fail("cannot add property '" + name + "' because it already exists; use setProperty to change it.");
            }
            copy.set(name, a.get(2));
            return copy;
        });
        t.add("removeProperty", 2, 2, (a, s) -> {
            ObjectNode copy = a.object(0).deepCopy();
            copy.remove(a.string(1));
            return (JsonNode) copy;
        });
    }
}
