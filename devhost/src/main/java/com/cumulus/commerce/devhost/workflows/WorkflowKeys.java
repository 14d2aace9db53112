package com.cumulus.commerce.devhost.workflows;

import com.cumulus.commerce.platform.http.Json;
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
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The {@code sig} of each workflow's Request trigger callback URL, generated on first start into
 * {@code <dataDir>/keys/workflows.json} (owner-only), kept across restarts.
 */
final class WorkflowKeys {

    private final Map<String, String> signatures;

    private WorkflowKeys(Map<String, String> signatures) {
        this.signatures = Map.copyOf(signatures);
    }

    static WorkflowKeys loadOrCreate(Path dataDir, List<String> workflows) {
        var file = dataDir.resolve("keys").resolve("workflows.json");
        try {
            var signatures = new TreeMap<String, String>();
            if (Files.isRegularFile(file)) {
                Json.mapper().readTree(file.toFile()).path("workflows").fields()
                        .forEachRemaining(entry -> signatures.put(entry.getKey(), entry.getValue().asText()));
            }
            var changed = false;
            for (var workflow : workflows) {
                if (!signatures.containsKey(workflow)) {
                    signatures.put(workflow, random());
                    changed = true;
                }
            }
            if (changed) {
                write(file, signatures);
            }
            return new WorkflowKeys(signatures);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the workflow keys file " + file, e);
        }
    }

    String signature(String workflow) {
        return signatures.get(workflow);
    }

    boolean accepts(String workflow, String sig) {
        var expected = signatures.get(workflow);
        return expected != null && sig != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                sig.getBytes(StandardCharsets.UTF_8));
    }

    private static void write(Path file, Map<String, String> signatures) throws IOException {
        Files.createDirectories(file.getParent());
        var temp = file.resolveSibling("workflows.json.tmp");
        Files.writeString(temp, Json.mapper().writerWithDefaultPrettyPrinter()
                .writeValueAsString(Map.of("workflows", signatures)));
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-------"));
        }
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static String random() {
        var bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
