package com.cumulus.commerce.platform.local;

import com.cumulus.commerce.platform.Clock;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;

/** Files holding secrets or keys: readable and writable by their owner only, where the file system can say so. */
final class OwnerOnlyFiles {

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private OwnerOnlyFiles() {
    }

    /**
     * Opens {@code file} as a SQLite database readable by its owner only, runs {@code schema}, and hands the
     * database and {@code clock} to {@code store}: how the vaults for secrets and for keys open.
     */
    static <T> T openDatabase(Path file, Clock clock, String schema, BiFunction<SqliteDatabase, Clock, T> store) {
        Objects.requireNonNull(file, "'file' must not be null");
        Objects.requireNonNull(clock, "'clock' must not be null");
        restrict(file);
        return store.apply(SqliteDatabase.open(file, schema), clock);
    }

    /**
     * Creates {@code file} owner-only, or narrows an existing one, before SQLite opens it (SQLite gives its WAL
     * and shared-memory files the mode of the database file).
     */
    private static void restrict(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            if (!Files.getFileStore(file.toAbsolutePath().getParent()).supportsFileAttributeView("posix")) {
                return;
            }
            if (Files.notExists(file)) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            } else {
                Files.setPosixFilePermissions(file, OWNER_ONLY);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot restrict " + file + " to its owner", e);
        }
    }
}
