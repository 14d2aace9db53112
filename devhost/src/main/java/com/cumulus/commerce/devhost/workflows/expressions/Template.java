package com.cumulus.commerce.devhost.workflows.expressions;

import java.util.List;

/** A workflow definition string after parsing: plain text, one typed expression, or text with @{...} segments. */
sealed interface Template {

    /** No expression at all (including the "@@" escape, already unescaped). */
    record Text(String text) implements Template {
    }

    /** "@expr": the result keeps its JSON type. */
    record Whole(String source, Node node) implements Template {
    }

    /** "a @{x} b": always a string. */
    record Interpolated(List<Segment> segments) implements Template {
    }

    /** Either literal text (node null) or one @{...} expression with its source text. */
    record Segment(String text, Node node) {
        boolean isLiteral() {
            return node == null;
        }
    }
}
