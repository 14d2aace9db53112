package com.cumulus.commerce.devhost.workflows.expressions;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * formatNumber: the .NET standard formats C, D, F, N, P, X (with optional precision) and simple custom patterns of
 * 0 # , . % which java.text.DecimalFormat reads the same way. Midpoints round away from zero, as .NET does.
 */
final class NumberFormats {

    private static final Pattern STANDARD = Pattern.compile("([CcDdFfNnPpXxGg])(\\d{0,2})");

    private NumberFormats() {
    }

    static String format(JsonNode number, String format, String localeTag, Args a) {
        Locale locale = Locale.forLanguageTag(localeTag);
        BigDecimal value = number.isIntegralNumber() ? new BigDecimal(number.bigIntegerValue()) : BigDecimal.valueOf(number.doubleValue());
        Matcher standard = STANDARD.matcher(format);
        if (standard.matches()) {
            char kind = Character.toUpperCase(standard.group(1).charAt(0));
            Integer precision = standard.group(2).isEmpty() ? null : Integer.valueOf(standard.group(2));
            return switch (kind) {
                case 'C' -> decimals(NumberFormat.getCurrencyInstance(locale), precision == null ? 2 : precision).format(value);
                case 'D' -> integerDigits(value, precision == null ? 1 : precision, a);
                case 'F' -> fixed(locale, false, precision == null ? 2 : precision).format(value);
                case 'N' -> fixed(locale, true, precision == null ? 2 : precision).format(value);
                case 'P' -> decimals(NumberFormat.getPercentInstance(locale), precision == null ? 2 : precision).format(value);
                case 'X' -> hex(value, precision == null ? 1 : precision, standard.group(1).charAt(0) == 'X', a);
                default -> Values.formatDecimal(value.doubleValue());
            };
        }
        try {
            DecimalFormat custom = new DecimalFormat(format, DecimalFormatSymbols.getInstance(locale));
            custom.setRoundingMode(RoundingMode.HALF_UP);
            return custom.format(value);
        } catch (IllegalArgumentException e) {
            throw a.fail("was given the format '" + format + "', which is not a supported number format.");
        }
    }

    private static NumberFormat fixed(Locale locale, boolean grouping, int digits) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setGroupingUsed(grouping);
        return decimals(format, digits);
    }

    private static NumberFormat decimals(NumberFormat format, int digits) {
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format;
    }

    private static String integerDigits(BigDecimal value, int digits, Args a) {
        if (value.stripTrailingZeros().scale() > 0) {
            throw a.fail("format 'D' is only supported for integers.");
        }
        long n = value.longValue();
        String body = String.valueOf(Math.abs(n));
        while (body.length() < digits) {
            body = "0" + body;
        }
        return n < 0 ? "-" + body : body;
    }

    private static String hex(BigDecimal value, int digits, boolean upper, Args a) {
        if (value.stripTrailingZeros().scale() > 0) {
            throw a.fail("format 'X' is only supported for integers.");
        }
        String body = Long.toHexString(value.longValue());
        while (body.length() < digits) {
            body = "0" + body;
        }
        return upper ? body.toUpperCase(Locale.ROOT) : body;
    }
}
