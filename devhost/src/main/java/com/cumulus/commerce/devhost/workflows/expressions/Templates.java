package com.cumulus.commerce.devhost.workflows.expressions;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.ArrayList;
import java.util.List;

/** Splits workflow definition strings into {@link Template}s, caching by text since the same definitions are evaluated on every run. */
final class Templates {

    private static final Cache<String, Template> CACHE = Caffeine.newBuilder().maximumSize(10_000).build();

    private Templates() {
    }

    /** Cheap pre-check so plain strings (the vast majority) skip the cache entirely. */
    static boolean mayContainExpression(String text) {
        return text.startsWith("@") || text.contains("@{");
    }

    static Template compile(String text) {
        if (!mayContainExpression(text)) {
            return new Template.Text(text);
        }
        return CACHE.get(text, Templates::parse);
    }

    private static Template parse(String text) {
        FunctionTable functions = FunctionTable.STANDARD;
        if (text.startsWith("@@")) {
            return new Template.Text(text.substring(1));
        }
        if (text.startsWith("@") && !text.startsWith("@{")) {
            String source = text.substring(1);
            return new Template.Whole(source, ExpressionParser.parse(source, functions));
        }
        List<Template.Segment> segments = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            if (text.startsWith("@@{", i)) {
                literal.append("@{");
                i += 3;
            } else if (text.startsWith("@{", i)) {
                if (literal.length() > 0) {
                    segments.add(new Template.Segment(literal.toString(), null));
                    literal.setLength(0);
                }
                ExpressionParser.Parsed parsed = ExpressionParser.parseSegment(text, i + 2, functions);
                segments.add(new Template.Segment(parsed.source(), parsed.node()));
                i = parsed.end();
            } else {
                literal.append(text.charAt(i));
                i++;
            }
        }
        if (literal.length() > 0) {
            segments.add(new Template.Segment(literal.toString(), null));
        }
        return new Template.Interpolated(List.copyOf(segments));
    }
}
