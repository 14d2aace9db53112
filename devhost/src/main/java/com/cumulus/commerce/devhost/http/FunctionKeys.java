package com.cumulus.commerce.devhost.http;

import com.cumulus.commerce.platform.http.Json;
import com.microsoft.azure.functions.annotation.AuthorizationLevel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The host's keys, as the Functions host keeps them: a master key (admin level) and a default function key,
 * generated on first start into {@code <dataDir>/keys/host.json}, readable by the owner only.
 */
public final class FunctionKeys {

    private final String masterKey;
    private final String functionKey;
    private final byte[] masterBytes;
    private final byte[] functionBytes;

    FunctionKeys(String masterKey, String functionKey) {
        this.masterKey = Objects.requireNonNull(masterKey, "'masterKey' must not be null");
        this.functionKey = Objects.requireNonNull(functionKey, "'functionKey' must not be null");
        this.masterBytes = masterKey.getBytes(StandardCharsets.UTF_8);
        this.functionBytes = functionKey.getBytes(StandardCharsets.UTF_8);
    }

    /** Reads the keys file under the data directory, creating it with new random keys the first time. */
    public static FunctionKeys loadOrCreate(Path dataDir) {
        var file = dataDir.resolve("keys").resolve("host.json");
        try {
            if (Files.isRegularFile(file)) {
                var node = Json.mapper().readTree(file.toFile());
                var master = node.path("masterKey").asText("");
                var function = node.path("functionKeys").path("default").asText("");
                if (master.isEmpty() || function.isEmpty()) {
                    throw new IllegalStateException("keys file " + file + " lacks masterKey or functionKeys.default");
                }
                return new FunctionKeys(master, function);
            }
            var keys = new FunctionKeys(randomKey(), randomKey());
            keys.write(file);
            return keys;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the keys file " + file, e);
        }
    }

    public String masterKey() {
        return masterKey;
    }

    public String functionKey() {
        return functionKey;
    }

    /** Whether the presented key (null when none) grants that level; compares in constant time. */
    public boolean grants(AuthorizationLevel level, String presented) {
        if (level == AuthorizationLevel.ANONYMOUS) {
            return true;
        }
        if (presented == null) {
            return false;
        }
        var bytes = presented.getBytes(StandardCharsets.UTF_8);
        var master = MessageDigest.isEqual(bytes, masterBytes);
        if (level == AuthorizationLevel.ADMIN) {
            return master;
        }
        return master | MessageDigest.isEqual(bytes, functionBytes);
    }

    private void write(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        var content = new LinkedHashMap<String, Object>();
        content.put("masterKey", masterKey);
        content.put("functionKeys", Map.of("default", functionKey));
        var temp = file.resolveSibling("host.json.tmp");
        Files.deleteIfExists(temp);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(temp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(temp);
        }
        Files.writeString(temp, Json.write(content));
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
    }

    private static String randomKey() {
        var bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
