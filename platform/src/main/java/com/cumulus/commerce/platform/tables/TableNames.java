package com.cumulus.commerce.platform.tables;

import java.util.Objects;

/**
 * Azure Table Storage's rules for the names a {@link KeyValueTables} call takes, checked the same way by every
 * implementation: a table is 3 to 63 letters or digits starting with a letter; a partition or row key holds no
 * {@code / \ # ?} and no control character (U+0000 to U+001F, U+007F).
 */
public final class TableNames {

    private TableNames() {
    }

    public static void checkTable(String table) {
        if (!isTable(table)) {
            throw new IllegalArgumentException("'table' must be 3 to 63 letters or digits, starting with a letter");
        }
    }

    /** @param name the key's name in the message: {@code partitionKey} or {@code rowKey} */
    public static void checkKey(String name, String key) {
        Objects.requireNonNull(key, "'" + name + "' must not be null");
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c == '/' || c == '\\' || c == '#' || c == '?' || c < 0x20 || c == 0x7F) {
                throw new IllegalArgumentException("'" + name + "' must not contain / \\ # ? or control characters");
            }
        }
    }

    private static boolean isTable(String table) {
        if (table == null || table.length() < 3 || table.length() > 63 || !isLetter(table.charAt(0))) {
            return false;
        }
        for (int i = 1; i < table.length(); i++) {
            char c = table.charAt(i);
            if (!isLetter(c) && !(c >= '0' && c <= '9')) {
                return false;
            }
        }
        return true;
    }

    private static boolean isLetter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }
}
