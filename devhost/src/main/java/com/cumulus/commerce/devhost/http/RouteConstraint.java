package com.cumulus.commerce.devhost.http;

import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/** The ASP.NET Core route constraints devhost honours, each compiled once into a predicate. */
final class RouteConstraint {

    private static final Pattern ALPHA = Pattern.compile("[A-Za-z]+");

    private RouteConstraint() {
    }

    /** @throws IllegalArgumentException naming the constraint when it is unknown or its arguments are bad */
    static Predicate<String> parse(String constraint) {
        var open = constraint.indexOf('(');
        var name = (open < 0 ? constraint : constraint.substring(0, open)).trim().toLowerCase(java.util.Locale.ROOT);
        String argument = null;
        if (open >= 0) {
            if (!constraint.endsWith(")")) {
                throw new IllegalArgumentException("constraint '" + constraint + "' has no closing parenthesis");
            }
            argument = constraint.substring(open + 1, constraint.length() - 1);
        }
        try {
            return switch (name) {
                case "int" -> noArgument(name, argument, v -> parses(() -> Integer.parseInt(v)));
                case "long" -> noArgument(name, argument, v -> parses(() -> Long.parseLong(v)));
                case "double", "decimal", "float" -> noArgument(name, argument, v -> parses(() -> Double.parseDouble(v)));
                case "bool" -> noArgument(name, argument, v -> v.equalsIgnoreCase("true") || v.equalsIgnoreCase("false"));
                case "guid" -> noArgument(name, argument, v -> v.length() == 36 && parses(() -> UUID.fromString(v)));
                case "alpha" -> noArgument(name, argument, v -> ALPHA.matcher(v).matches());
                case "length" -> {
                    var bounds = numbers(argument, 1, 2);
                    long min = bounds[0];
                    long max = bounds.length == 2 ? bounds[1] : bounds[0];
                    yield v -> v.length() >= min && v.length() <= max;
                }
                case "minlength" -> {
                    long min = numbers(argument, 1, 1)[0];
                    yield v -> v.length() >= min;
                }
                case "maxlength" -> {
                    long max = numbers(argument, 1, 1)[0];
                    yield v -> v.length() <= max;
                }
                case "min" -> {
                    long min = numbers(argument, 1, 1)[0];
                    yield v -> longValue(v) != null && longValue(v) >= min;
                }
                case "max" -> {
                    long max = numbers(argument, 1, 1)[0];
                    yield v -> longValue(v) != null && longValue(v) <= max;
                }
                case "range" -> {
                    var bounds = numbers(argument, 2, 2);
                    yield v -> longValue(v) != null && longValue(v) >= bounds[0] && longValue(v) <= bounds[1];
                }
                case "regex" -> {
                    if (argument == null || argument.isEmpty()) {
                        throw new IllegalArgumentException("needs a pattern");
                    }
                    // ASP.NET matches the pattern anywhere in the value, ignoring case; templates anchor it.
                    var pattern = Pattern.compile(argument, Pattern.CASE_INSENSITIVE);
                    yield v -> pattern.matcher(v).find();
                }
                default -> throw new IllegalArgumentException("is not a supported route constraint");
            };
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("constraint '" + constraint + "' " + e.getMessage(), e);
        }
    }

    private static Predicate<String> noArgument(String name, String argument, Predicate<String> test) {
        if (argument != null) {
            throw new IllegalArgumentException("takes no arguments");
        }
        return test;
    }

    private static long[] numbers(String argument, int least, int most) {
        if (argument == null) {
            throw new IllegalArgumentException("needs " + least + " number(s)");
        }
        var parts = argument.split(",");
        if (parts.length < least || parts.length > most) {
            throw new IllegalArgumentException("needs " + (least == most ? least : least + " or " + most)
                    + " number(s)");
        }
        var numbers = new long[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                numbers[i] = Long.parseLong(parts[i].trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("has a bad number '" + parts[i].trim() + "'");
            }
        }
        return numbers;
    }

    private static Long longValue(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static boolean parses(Runnable parse) {
        try {
            parse.run();
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
