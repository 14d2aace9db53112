package com.cumulus.commerce.devhost;

import com.cumulus.commerce.devhost.http.CorsSettings;
import com.cumulus.commerce.platform.http.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
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
    static final String CORS_OVERRIDE = "DEVHOST_CORS";

    private LocalSettings() {
    }

    static Map<String, String> load(Path workingDir, Map<String, String> environment, Map<String, String> overrides) {
        var merged = new TreeMap<String, String>(fileValues(workingDir));
        merged.putAll(environment);
        merged.putAll(overrides);
        return merged;
    }

    /**
     * CORS as the Core Tools read it: the file's {@code Host.CORS} (comma-separated origins) and
     * {@code Host.CORSCredentials}; the {@code DEVHOST_CORS} setting, when present, replaces the origins.
     *
     * @param settings the merged settings from {@link #load}
     */
    static CorsSettings cors(Path workingDir, Map<String, String> settings) {
        var host = file(workingDir).path("Host");
        var origins = settings.containsKey(CORS_OVERRIDE) ? settings.get(CORS_OVERRIDE) : host.path("CORS").asText("");
        var credentials = host.path("CORSCredentials");
        if (!credentials.isMissingNode() && !credentials.isBoolean()) {
            throw new IllegalStateException("local.settings Host.CORSCredentials must be true or false");
        }
        try {
            return CorsSettings.parse(origins, credentials.asBoolean(false));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("local.settings Host.CORS or " + CORS_OVERRIDE + ": " + e.getMessage(), e);
        }
    }

    private static Map<String, String> fileValues(Path workingDir) {
        var values = new TreeMap<String, String>();
        file(workingDir).path("Values").fields().forEachRemaining(e -> values.put(e.getKey(), e.getValue().asText()));
        return values;
    }

    private static JsonNode file(Path workingDir) {
        var file = workingDir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            file = workingDir.resolve(SAMPLE_FILE);
        }
        if (!Files.isRegularFile(file)) {
            return MissingNode.getInstance();
        }
        try {
            return Json.mapper().readTree(file.toFile());
        } catch (IOException e) {
            // The parser's message may quote file content, which can hold secrets: name the file only.
            throw new UncheckedIOException(new IOException(file.getFileName() + " is not valid JSON"));
        }
    }
}
