package com.cumulus.commerce.devhost.functions;

import com.cumulus.commerce.platform.config.AppSettings;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Resolves {@code %Setting%} placeholders in binding properties, as the Functions host does at start. */
final class SettingExpressions {

    private static final Pattern PLACEHOLDER = Pattern.compile("%([^%]+)%");

    private SettingExpressions() {
    }

    /** @throws IllegalArgumentException naming the first setting that is not set */
    static String resolve(String value, AppSettings settings) {
        if (value == null || value.indexOf('%') < 0) {
            return value;
        }
        var m = PLACEHOLDER.matcher(value);
        var out = new StringBuilder();
        while (m.find()) {
            var name = m.group(1);
            var setting = settings.get(name)
                    .orElseThrow(() -> new IllegalArgumentException("app setting '" + name + "' is not set"));
            m.appendReplacement(out, Matcher.quoteReplacement(setting));
        }
        return m.appendTail(out).toString();
    }
}
