package com.cumulus.commerce.devhost.workflows;

import com.cumulus.commerce.devhost.workflows.expressions.ExpressionScope;
import com.cumulus.commerce.devhost.workflows.expressions.WorkflowExpressions;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Set;

/** The engine's expressions on devhost's Workflow Definition Language evaluator. */
final class StandardExpressions implements Expressions {

    @Override
    public JsonNode evaluate(JsonNode value, ExpressionScope scope) {
        return WorkflowExpressions.evaluate(value, scope);
    }

    @Override
    public void check(JsonNode value, String where, List<String> problems) {
        WorkflowExpressions.check(value, where, problems);
    }

    @Override
    public Set<String> actionsReferenced(JsonNode value) {
        return WorkflowExpressions.actionsReferenced(value);
    }
}
