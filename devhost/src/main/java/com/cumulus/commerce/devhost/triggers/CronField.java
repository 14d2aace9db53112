package com.cumulus.commerce.devhost.triggers;

import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/** One field of a cron expression: the set of values it matches, and whether it was written as {@code *}. */
final class CronField {

    static final List<String> MONTH_NAMES =
            List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");
    static final List<String> DAY_NAMES = List.of("sun", "mon", "tue", "wed", "thu", "fri", "sat");

    private final BitSet values;
    private final boolean wildcard;

    private CronField(BitSet values, boolean wildcard) {
        this.values = values;
        this.wildcard = wildcard;
    }

    boolean matches(int value) {
        return values.get(value);
    }

    /** Written as {@code *} or {@code *}/step: cron ORs day-of-month and day-of-week only when neither is. */
    boolean wildcard() {
        return wildcard;
    }

    /**
     * Parses comma-separated elements: {@code *}, {@code n}, {@code a-b}, each optionally with {@code /step}
     * ({@code n/step} runs to {@code max}). {@code names}, when not empty, name the values from {@code min}.
     */
    static CronField parse(String text, String fieldName, int min, int max, List<String> names) {
        BitSet values = new BitSet(max + 1);
        for (String element : text.split(",", -1)) {
            parseElement(element, min, max, names, values, () -> invalid(fieldName, text));
        }
        return new CronField(values, text.startsWith("*"));
    }

    private static void parseElement(String element, int min, int max, List<String> names, BitSet into,
            Supplier<IllegalArgumentException> invalid) {
        String range = element;
        int step = 1;
        int slash = element.indexOf('/');
        if (slash >= 0) {
            range = element.substring(0, slash);
            step = number(element.substring(slash + 1), List.of(), 0, invalid);
            if (step < 1) {
                throw invalid.get();
            }
        }
        int from;
        int to;
        if (range.equals("*")) {
            from = min;
            to = max;
        } else if (range.indexOf('-') > 0) {
            int dash = range.indexOf('-');
            from = number(range.substring(0, dash), names, min, invalid);
            to = number(range.substring(dash + 1), names, min, invalid);
        } else {
            from = number(range, names, min, invalid);
            to = slash >= 0 ? max : from;
        }
        if (from < min || to > max || from > to) {
            throw invalid.get();
        }
        for (int v = from; v <= to; v += step) {
            into.set(v);
        }
    }

    private static int number(String text, List<String> names, int min,
            Supplier<IllegalArgumentException> invalid) {
        int named = names.indexOf(text.toLowerCase(Locale.ROOT));
        if (named >= 0) {
            return min + named;
        }
        if (text.isEmpty() || text.length() > 4 || !text.chars().allMatch(Character::isDigit)) {
            throw invalid.get();
        }
        return Integer.parseInt(text);
    }

    private static IllegalArgumentException invalid(String fieldName, String text) {
        return new IllegalArgumentException("'expression' has an invalid " + fieldName + " field: '" + text + "'");
    }
}
