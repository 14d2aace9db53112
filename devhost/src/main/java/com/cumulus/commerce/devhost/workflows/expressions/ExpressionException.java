package com.cumulus.commerce.devhost.workflows.expressions;

/**
 * A workflow expression could not be parsed or evaluated. The message is meant for the workflow author: it names the
 * expression text and the problem, the way Logic Apps reports template language errors.
 */
public final class ExpressionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String expression;
    private final String problem;

    /** A problem not yet tied to an expression text, e.g. thrown by an {@link ExpressionScope}; the evaluator adds the text. */
    public ExpressionException(String problem) {
        super(problem);
        this.expression = null;
        this.problem = problem;
    }

    /** A problem with the given expression text. */
    public ExpressionException(String expression, String problem) {
        super("The template language expression '" + expression + "' " + problem);
        this.expression = expression;
        this.problem = problem;
    }

    /** The expression text the problem belongs to, or null when the thrower did not know it. */
    public String expression() {
        return expression;
    }

    /** What went wrong, without the expression text. */
    public String problem() {
        return problem;
    }
}
