package com.cumulus.commerce.devhost.http;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * A compiled ASP.NET Core route template: literal segments (matched ignoring case) and parameters
 * ({@code {id}}, {@code {id:int}}, {@code {id?}}, {@code {*rest}}) with constraints.
 */
final class RouteTemplate implements Comparable<RouteTemplate> {

    private final String text;
    private final Segment[] segments;
    private final int[] ranks;

    private RouteTemplate(String text, Segment[] segments) {
        this.text = text;
        this.segments = segments;
        this.ranks = new int[segments.length];
        for (int i = 0; i < segments.length; i++) {
            ranks[i] = segments[i].rank();
        }
    }

    /** @throws IllegalArgumentException saying what is wrong with the template */
    static RouteTemplate parse(String template) {
        if (template == null) {
            throw new IllegalArgumentException("'template' must not be null");
        }
        var trimmed = trimSlashes(template.trim());
        var segments = new ArrayList<Segment>();
        var names = new ArrayList<String>();
        for (var part : splitSegments(trimmed)) {
            if (part.isEmpty()) {
                throw new IllegalArgumentException("route '" + template + "' has an empty segment");
            }
            var segment = part.startsWith("{") ? parameter(template, part) : literal(template, part);
            if (segment.name() != null) {
                if (names.stream().anyMatch(segment.name()::equalsIgnoreCase)) {
                    throw new IllegalArgumentException("route '" + template + "' names '" + segment.name() + "' twice");
                }
                names.add(segment.name());
            }
            if (!segments.isEmpty()) {
                var previous = segments.get(segments.size() - 1);
                if (previous.catchAll()) {
                    throw new IllegalArgumentException("route '" + template + "': a catch-all must be the last segment");
                }
                if (previous.optional() && !segment.optional() && !segment.catchAll()) {
                    throw new IllegalArgumentException("route '" + template
                            + "': only optional segments may follow an optional one");
                }
            }
            segments.add(segment);
        }
        return new RouteTemplate(trimmed, segments.toArray(Segment[]::new));
    }

    String text() {
        return text;
    }

    /** The route values when the path segments match, else null. */
    Map<String, String> match(String[] path) {
        Map<String, String> values = null;
        for (int i = 0; i < segments.length; i++) {
            var segment = segments[i];
            if (segment.catchAll()) {
                var rest = i < path.length ? String.join("/", java.util.Arrays.copyOfRange(path, i, path.length)) : "";
                if (!rest.isEmpty() && !segment.accepts(rest)) {
                    return null;
                }
                values = put(values, segment.name(), rest);
                return values;
            }
            if (i >= path.length) {
                if (!segment.optional()) {
                    return null;
                }
                continue;
            }
            if (segment.name() == null) {
                if (!segment.literal().equalsIgnoreCase(path[i])) {
                    return null;
                }
            } else if (segment.accepts(path[i])) {
                values = put(values, segment.name(), path[i]);
            } else {
                return null;
            }
        }
        if (path.length > segments.length) {
            return null;
        }
        return values == null ? Map.of() : values;
    }

    /** Literal segments before constrained parameters before plain ones before optional ones before catch-alls. */
    @Override
    public int compareTo(RouteTemplate other) {
        for (int i = 0; i < Math.min(ranks.length, other.ranks.length); i++) {
            if (ranks[i] != other.ranks[i]) {
                return Integer.compare(ranks[i], other.ranks[i]);
            }
        }
        return Integer.compare(other.ranks.length, ranks.length);
    }

    private static Map<String, String> put(Map<String, String> values, String name, String value) {
        var map = values == null ? new HashMap<String, String>(4) : values;
        map.put(name, value);
        return map;
    }

    private static Segment literal(String template, String part) {
        if (part.indexOf('{') >= 0 || part.indexOf('}') >= 0) {
            throw new IllegalArgumentException("route '" + template + "': segment '" + part
                    + "' mixes text and parameters, which devhost does not support");
        }
        return new Segment(part.toLowerCase(Locale.ROOT), null, false, false, List.of());
    }

    private static Segment parameter(String template, String part) {
        if (!part.endsWith("}")) {
            throw new IllegalArgumentException("route '" + template + "': segment '" + part
                    + "' mixes text and parameters, which devhost does not support");
        }
        var body = part.substring(1, part.length() - 1);
        var catchAll = body.startsWith("*");
        if (catchAll) {
            body = body.startsWith("**") ? body.substring(2) : body.substring(1);
        }
        var pieces = splitConstraints(body);
        var name = pieces.get(0);
        var optional = name.endsWith("?");
        if (optional) {
            name = name.substring(0, name.length() - 1);
        }
        var last = pieces.get(pieces.size() - 1);
        if (pieces.size() > 1 && last.endsWith("?")) {
            optional = true;
            pieces.set(pieces.size() - 1, last.substring(0, last.length() - 1));
        }
        if (!name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            throw new IllegalArgumentException("route '" + template + "': '" + name + "' is not a parameter name"
                    + (name.contains("=") ? " (default values are not supported)" : ""));
        }
        var constraints = new ArrayList<Predicate<String>>();
        for (var constraint : pieces.subList(1, pieces.size())) {
            try {
                constraints.add(RouteConstraint.parse(constraint));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("route '" + template + "': " + e.getMessage(), e);
            }
        }
        return new Segment(null, name, optional, catchAll, List.copyOf(constraints));
    }

    /** Splits on '/' outside braces, so a regex constraint may contain slashes. */
    private static List<String> splitSegments(String template) {
        return template.isEmpty() ? new ArrayList<>() : splitOutside(template, '/', '{', '}');
    }

    /** Splits a parameter on ':' outside parentheses, so a regex constraint may contain colons. */
    private static List<String> splitConstraints(String body) {
        return splitOutside(body, ':', '(', ')');
    }

    /** Splits on {@code separator} where it is not nested inside {@code open} ... {@code close}. */
    private static List<String> splitOutside(String text, char separator, char open, char close) {
        var parts = new ArrayList<String>();
        int depth = 0;
        var current = new StringBuilder();
        for (var c : text.toCharArray()) {
            if (c == open) {
                depth++;
            } else if (c == close) {
                depth--;
            }
            if (c == separator && depth == 0) {
                parts.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        parts.add(current.toString());
        return parts;
    }

    static String trimSlashes(String path) {
        int start = 0;
        int end = path.length();
        while (start < end && path.charAt(start) == '/') {
            start++;
        }
        while (end > start && path.charAt(end - 1) == '/') {
            end--;
        }
        return path.substring(start, end);
    }

    private record Segment(String literal, String name, boolean optional, boolean catchAll,
            List<Predicate<String>> constraints) {

        boolean accepts(String value) {
            for (var constraint : constraints) {
                if (!constraint.test(value)) {
                    return false;
                }
            }
            return true;
        }

        int rank() {
            if (name == null) {
                return 0;
            }
            if (catchAll) {
                return 4;
            }
            if (optional) {
                return 3;
            }
            return constraints.isEmpty() ? 2 : 1;
        }
    }
}
