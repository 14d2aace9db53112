package com.cumulus.commerce.devhost.workflows.expressions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Recursive-descent parser for one WDL expression (the text after "@" or inside "@{...}"):
 * <pre>
 * expression := primary accessor*
 * primary    := 'string' | number | true | false | null | name '(' [expression (',' expression)*] ')'
 * accessor   := ['?'] ( '[' expression ']' | '.' name )
 * </pre>
 * Function names and argument counts are checked here so that a definition check reports them without evaluating.
 */
final class ExpressionParser {

    private final String text;
    private final FunctionTable functions;
    private final String source;
    private final int base;
    private int pos;

    private ExpressionParser(String text, int start, String source, FunctionTable functions) {
        this.text = text;
        this.pos = start;
        this.base = start;
        this.source = source;
        this.functions = functions;
    }

    /** Parses all of {@code expression}; anything left over is a syntax error. */
    static Node parse(String expression, FunctionTable functions) {
        ExpressionParser parser = new ExpressionParser(expression, 0, expression, functions);
        Node node = parser.expression();
        parser.skipWhitespace();
        if (parser.pos < expression.length()) {
            throw parser.syntax("unexpected '" + expression.charAt(parser.pos) + "'");
        }
        return node;
    }

    /**
     * Parses the expression of an "@{...}" segment that starts at {@code start} (just after the brace) and returns it
     * with the index just past the closing brace.
     */
    static Parsed parseSegment(String text, int start, FunctionTable functions) {
        int close = segmentEnd(text, start);
        String source = text.substring(start, close < 0 ? text.length() : close);
        ExpressionParser parser = new ExpressionParser(text, start, source, functions);
        if (close < 0) {
            throw parser.syntax("the '@{' segment is not closed with '}'");
        }
        Node node = parser.expression();
        parser.skipWhitespace();
        if (parser.pos != close) {
            throw parser.syntax("unexpected '" + text.charAt(parser.pos) + "'");
        }
        return new Parsed(source, node, close + 1);
    }

    record Parsed(String source, Node node, int end) {
    }

    /** The index of the '}' closing a segment, skipping braces inside quoted strings; -1 when unclosed. */
    private static int segmentEnd(String text, int start) {
        boolean quoted = false;
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            } else if (c == '}' && !quoted) {
                return i;
            }
        }
        return -1;
    }

    private Node expression() {
        Node node = primary();
        while (true) {
            skipWhitespace();
            boolean nullSafe = false;
            int mark = pos;
            if (peek() == '?') {
                pos++;
                skipWhitespace();
                nullSafe = true;
            }
            char c = peek();
            if (c == '[') {
                pos++;
                Node key = expression();
                expect(']');
                node = new Node.Access(node, key, nullSafe);
            } else if (c == '.') {
                pos++;
                skipWhitespace();
                String name = name();
                if (name.isEmpty()) {
                    throw syntax("expected a property name after '.'");
                }
                node = new Node.Access(node, new Node.Literal(TextNode.valueOf(name)), nullSafe);
            } else {
                if (nullSafe) {
                    pos = mark;
                    throw syntax("expected '[' or '.' after '?'");
                }
                return node;
            }
        }
    }

    private Node primary() {
        skipWhitespace();
        if (pos >= text.length()) {
            throw syntax("unexpected end of expression");
        }
        char c = text.charAt(pos);
        if (c == '\'') {
            return new Node.Literal(TextNode.valueOf(quoted()));
        }
        if (isDigit(c) || ((c == '-' || c == '+' || c == '.') && pos + 1 < text.length() && isDigit(text.charAt(pos + 1)))) {
            return new Node.Literal(number());
        }
        if (Character.isLetter(c) || c == '_') {
            int start = pos;
            String name = name();
            skipWhitespace();
            if (peek() != '(') {
                JsonNode keyword = keyword(name);
                if (keyword != null) {
                    return new Node.Literal(keyword);
                }
                pos = start;
                throw syntax("expected '(' after '" + name + "'");
            }
            pos++;
            return call(name, start);
        }
        throw syntax("unexpected '" + c + "'");
    }

    private Node call(String name, int start) {
        List<Node> arguments = new ArrayList<>();
        skipWhitespace();
        if (peek() == ')') {
            pos++;
        } else {
            while (true) {
                arguments.add(expression());
                skipWhitespace();
                char c = peek();
                if (c == ',') {
                    pos++;
                } else if (c == ')') {
                    pos++;
                    break;
                } else {
                    throw syntax(pos >= text.length() ? "the call to '" + name + "' is not closed with ')'" : "expected ',' or ')' but found '" + c + "'");
                }
            }
        }
        FunctionSpec function = functions.find(name);
        if (function == null) {
            throw new ExpressionException(source, "is not valid: the template function '" + name + "' is not defined or not valid.");
        }
        String arity = function.arityProblem(arguments.size());
        if (arity != null) {
            throw new ExpressionException(source, "is not valid: " + arity);
        }
        return new Node.Call(name, function, List.copyOf(arguments));
    }

    private static JsonNode keyword(String name) {
        return switch (name) {
            case "true" -> BooleanNode.TRUE;
            case "false" -> BooleanNode.FALSE;
            case "null" -> NullNode.getInstance();
            default -> null;
        };
    }

    /** A single-quoted string; two quotes in a row stand for one. */
    private String quoted() {
        int start = pos;
        pos++;
        StringBuilder out = new StringBuilder();
        while (pos < text.length()) {
            char c = text.charAt(pos++);
            if (c == '\'') {
                if (pos < text.length() && text.charAt(pos) == '\'') {
                    out.append('\'');
                    pos++;
                } else {
                    return out.toString();
                }
            } else {
                out.append(c);
            }
        }
        pos = start;
        throw syntax("the string literal is not closed with a quote");
    }

    private JsonNode number() {
        int start = pos;
        if (peek() == '-' || peek() == '+') {
            pos++;
        }
        while (isDigit(peek())) {
            pos++;
        }
        boolean decimal = false;
        if (peek() == '.') {
            decimal = true;
            pos++;
            while (isDigit(peek())) {
                pos++;
            }
        }
        if (peek() == 'e' || peek() == 'E') {
            decimal = true;
            pos++;
            if (peek() == '-' || peek() == '+') {
                pos++;
            }
            if (!isDigit(peek())) {
                throw syntax("the number '" + text.substring(start, pos) + "' is not valid");
            }
            while (isDigit(peek())) {
                pos++;
            }
        }
        String literal = text.substring(start, pos);
        if (!decimal) {
            try {
                return LongNode.valueOf(Long.parseLong(literal));
            } catch (NumberFormatException tooLarge) {
                return DoubleNode.valueOf(Double.parseDouble(literal));
            }
        }
        return DoubleNode.valueOf(Double.parseDouble(literal));
    }

    private String name() {
        int start = pos;
        while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_')) {
            pos++;
        }
        return text.substring(start, pos);
    }

    private void expect(char wanted) {
        skipWhitespace();
        if (peek() != wanted) {
            throw syntax(pos >= text.length() ? "expected '" + wanted + "' but the expression ended" : "expected '" + wanted + "' but found '" + text.charAt(pos) + "'");
        }
        pos++;
    }

    private char peek() {
        return pos < text.length() ? text.charAt(pos) : '\0';
    }

    private void skipWhitespace() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private ExpressionException syntax(String problem) {
        return new ExpressionException(source, "is not valid: " + problem + " at position " + (pos + 1) + ".");
    }
}
