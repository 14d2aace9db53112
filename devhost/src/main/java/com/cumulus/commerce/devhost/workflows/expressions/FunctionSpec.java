package com.cumulus.commerce.devhost.workflows.expressions;

import com.fasterxml.jackson.databind.JsonNode;

/** One workflow function: its canonical name, how many arguments Logic Apps accepts, and what it does. */
record FunctionSpec(String name, int minArgs, int maxArgs, Impl impl) {

    static final int MANY = Integer.MAX_VALUE;

    @FunctionalInterface
    interface Impl {
        JsonNode apply(Args args, ExpressionScope scope);
    }

    /** The Logic Apps style arity message, or null when the count is acceptable. */
    String arityProblem(int given) {
        if (given >= minArgs && given <= maxArgs) {
            return null;
        }
        String expected;
        if (maxArgs == 0) {
            expected = "no parameters";
        } else if (minArgs == maxArgs) {
            expected = minArgs + (minArgs == 1 ? " parameter" : " parameters");
        } else if (maxArgs == MANY) {
            expected = "at least " + minArgs + (minArgs == 1 ? " parameter" : " parameters");
        } else {
            expected = "between " + minArgs + " and " + maxArgs + " parameters";
        }
        return "The template language function '" + name + "' expects " + expected + " but was given " + given + ".";
    }
}
