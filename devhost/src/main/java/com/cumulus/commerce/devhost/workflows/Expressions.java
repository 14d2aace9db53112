package com.cumulus.commerce.devhost.workflows;

import com.cumulus.commerce.devhost.workflows.expressions.ExpressionScope;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Set;

/** What the engine needs from the Workflow Definition Language evaluator. */
interface Expressions {

    /** Evaluates every expression inside {@code value}; throws a RuntimeException naming the problem. */
    JsonNode evaluate(JsonNode value, ExpressionScope scope);

    /** Adds one line per syntax, function or arity problem inside {@code value}. */
    void check(JsonNode value, String where, List<String> problems);

    /** The action names that expressions inside {@code value} read. */
    Set<String> actionsReferenced(JsonNode value);
}
