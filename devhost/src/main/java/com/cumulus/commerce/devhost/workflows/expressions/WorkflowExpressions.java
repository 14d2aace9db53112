package com.cumulus.commerce.devhost.workflows.expressions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/** Evaluates Workflow Definition Language values. Values are Jackson JsonNode (com.fasterxml.jackson.databind). */
public final class WorkflowExpressions {

    /** Functions whose literal first argument names an action. */
    private static final Set<String> ACTION_FUNCTIONS = Set.of("body", "outputs", "actions", "actionbody", "actionoutputs", "result");

    private WorkflowExpressions() {
    }

    /**
     * Evaluates a value from a workflow definition: a string starting with "@" (not "@@") is one expression whose
     * result keeps its JSON type ("@triggerBody()" gives an object); a string containing "@{...}" segments is
     * interpolated into a string (objects/arrays inside @{} are written as JSON); a leading "@@" stands for a literal
     * "@"; objects and arrays are evaluated member by member (keys too may be interpolated); other values are returned unchanged.
     *
     * @throws ExpressionException naming the expression text and the problem
     */
    public static JsonNode evaluate(JsonNode value, ExpressionScope scope) {
        if (value == null) {
            return null;
        }
        if (value.isTextual()) {
            return evaluateString(value.textValue(), scope);
        }
        if (value.isObject()) {
            ObjectNode result = Values.object();
            for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                String key = Values.asText(evaluateString(field.getKey(), scope));
                result.set(key, evaluate(field.getValue(), scope));
            }
            return result;
        }
        if (value.isArray()) {
            ArrayNode result = Values.array();
            value.forEach(item -> result.add(evaluate(item, scope)));
            return result;
        }
        return value;
    }

    /** Evaluates one definition string (see {@link #evaluate}). */
    public static JsonNode evaluateString(String text, ExpressionScope scope) {
        Template template = Templates.compile(text);
        if (template instanceof Template.Text plain) {
            return TextNode.valueOf(plain.text());
        }
        if (template instanceof Template.Whole whole) {
            return Evaluator.evaluate(whole.source(), whole.node(), scope);
        }
        StringBuilder out = new StringBuilder();
        for (Template.Segment segment : ((Template.Interpolated) template).segments()) {
            out.append(segment.isLiteral() ? segment.text() : Values.asText(Evaluator.evaluate(segment.text(), segment.node(), scope)));
        }
        return TextNode.valueOf(out.toString());
    }

    /**
     * Parses (does not evaluate) every expression inside value; adds one line per problem, each starting with
     * where + ": ", for syntax errors, unknown functions and wrong argument counts. Problems inside nested members
     * also name the member's path (e.g. "at /body/total").
     */
    public static void check(JsonNode value, String where, List<String> problems) {
        walkStrings(value, "", (path, text) -> {
            try {
                Templates.compile(text);
            } catch (ExpressionException e) {
                problems.add(where + ": " + (path.isEmpty() ? "" : "at " + path + ": ") + e.getMessage());
            }
        });
    }

    /** The canonical names of the workflow functions referenced inside value (e.g. "actions", "body", "variables"); unparsable strings are skipped. */
    public static Set<String> functionsUsed(JsonNode value) {
        Set<String> names = new TreeSet<>();
        forEachCall(value, call -> names.add(call.function().name()));
        return names;
    }

    /** Action names referenced by body('x'), outputs('x'), actions('x'), actionBody('x'), actionOutputs('x'), result('x') with a literal argument. */
    public static Set<String> actionsReferenced(JsonNode value) {
        Set<String> names = new TreeSet<>();
        forEachCall(value, call -> {
            if (ACTION_FUNCTIONS.contains(call.function().name().toLowerCase(Locale.ROOT))
                    && !call.arguments().isEmpty()
                    && call.arguments().get(0) instanceof Node.Literal literal
                    && literal.value().isTextual()) {
                names.add(literal.value().textValue());
            }
        });
        return names;
    }

    /** Every function this evaluator supports, by canonical name. */
    public static Set<String> supportedFunctions() {
        return FunctionTable.STANDARD.names();
    }

    private static void forEachCall(JsonNode value, Consumer<Node.Call> action) {
        walkStrings(value, "", (path, text) -> {
            Template template;
            try {
                template = Templates.compile(text);
            } catch (ExpressionException e) {
                return;
            }
            if (template instanceof Template.Whole whole) {
                visit(whole.node(), action);
            } else if (template instanceof Template.Interpolated interpolated) {
                interpolated.segments().stream().filter(s -> !s.isLiteral()).forEach(s -> visit(s.node(), action));
            }
        });
    }

    private static void visit(Node node, Consumer<Node.Call> action) {
        if (node instanceof Node.Call call) {
            action.accept(call);
            call.arguments().forEach(argument -> visit(argument, action));
        } else if (node instanceof Node.Access access) {
            visit(access.target(), action);
            visit(access.key(), action);
        }
    }

    private interface StringVisitor {
        void visit(String path, String text);
    }

    /** Visits every string value and object key, with a JSON-pointer-like path for messages. */
    private static void walkStrings(JsonNode value, String path, StringVisitor visitor) {
        if (value == null) {
            return;
        }
        if (value.isTextual()) {
            visitor.visit(path, value.textValue());
        } else if (value.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                String child = path + "/" + field.getKey();
                visitor.visit(child, field.getKey());
                walkStrings(field.getValue(), child, visitor);
            }
        } else if (value.isArray()) {
            for (int i = 0; i < value.size(); i++) {
                walkStrings(value.get(i), path + "/" + i, visitor);
            }
        }
    }
}
