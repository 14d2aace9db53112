package com.cumulus.commerce.devhost;

import com.cumulus.commerce.platform.http.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * App settings as the Functions Core Tools assemble them: the {@code Values} of local.settings.json (or the
 * checked-in sample when a developer has no private copy), overlaid by the process environment.
 */
final class LocalSettings {

    static final String FILE = "local.settings.json";
    static final String SAMPLE_FILE = "local.settings.sample.json";

    private LocalSettings() {
    }

    static Map<String, String> load(Path workingDir, Map<String, String> environment, Map<String, String> overrides) {
        var merged = new TreeMap<String, String>(fileValues(workingDir));
        merged.putAll(environment);
        merged.putAll(overrides);
        return merged;
    }

    private static Map<String, String> fileValues(Path workingDir) {
        var file = workingDir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            file = workingDir.resolve(SAMPLE_FILE);
        }
        var values = new TreeMap<String, String>();
        if (!Files.isRegularFile(file)) {
            return values;
        }
        try {
            var node = Json.mapper().readTree(file.toFile()).path("Values");
            node.fields().forEachRemaining(e -> values.put(e.getKey(), e.getValue().asText()));
        } catch (IOException e) {
            // The parser's message may quote file content, which can hold secrets: name the file only.
            throw new UncheckedIOException(new IOException(file.getFileName() + " is not valid JSON"));
        }
        return values;
    }
}
