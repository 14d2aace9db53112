package com.cumulus.commerce.devhost.workflows.expressions;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** A parsed expression. Function calls are resolved against the function table while parsing, so evaluation never looks names up. */
sealed interface Node {

    /** A string, number, boolean or null literal. */
    record Literal(JsonNode value) implements Node {
    }

    /** A function call; {@code written} keeps the author's spelling for messages. */
    record Call(String written, FunctionSpec function, List<Node> arguments) implements Node {
    }

    /** {@code target[key]}, {@code target?[key]}, {@code target.key}; null-safe access yields null instead of failing. */
    record Access(Node target, Node key, boolean nullSafe) implements Node {
    }
}
