package com.cumulus.commerce.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * A JFR recording of part of a benchmark (the JDK's "profile" settings: a Java execution sample every 10 ms),
 * and the summary of a recording's execution samples: the top frames, and the share of samples by the library
 * of the innermost frame that is not the JDK's (a BigInteger multiply under a signature check counts as the
 * token check, a HashMap lookup under Jackson as Jackson), so that the shares add up to 100 %.
 */
final class Profile {

    private static final Map<String, String> AREAS = new LinkedHashMap<>();

    static {
        AREAS.put("Jackson", "com.fasterxml.jackson.");
        AREAS.put("Jetty", "org.eclipse.jetty.");
        AREAS.put("JDK HTTP client", "jdk.internal.net.http.");
        AREAS.put("token checks (Nimbus JOSE)", "com.nimbusds.");
        AREAS.put("logging", "org.slf4j.|ch.qos.logback.|java.util.logging.|org.apache.logging.");
        AREAS.put("SQLite", "org.sqlite.");
        AREAS.put("devhost's workflow engine", "com.cumulus.commerce.devhost.workflows.");
        AREAS.put("devhost (other)", "com.cumulus.commerce.devhost.");
        AREAS.put("the apps, functions-support and platform", "com.cumulus.commerce.");
    }

    private final Recording recording;

    private Profile(Recording recording) {
        this.recording = recording;
    }

    static Profile start() throws IOException, ParseException {
        var recording = new Recording(Configuration.getConfiguration("profile"));
        recording.start();
        return new Profile(recording);
    }

    /** Stops, writes the recording to {@code file} and summarises it. */
    List<String> stop(Path file) throws IOException {
        recording.stop();
        recording.dump(file);
        recording.close();
        return summary(file, 10);
    }

    /** The {@code top} most frequent top frames, then the share of samples through each area. */
    static List<String> summary(Path file, int top) throws IOException {
        var frames = new HashMap<String, Integer>();
        var areas = new HashMap<String, Integer>();
        int samples = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(file)) {
            if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null
                    || event.getStackTrace().getFrames().isEmpty()) {
                continue;
            }
            samples++;
            var stack = event.getStackTrace().getFrames();
            frames.merge(name(stack.get(0)), 1, Integer::sum);
            areas.merge(area(stack), 1, Integer::sum);
        }
        int total = Math.max(1, samples);
        var lines = new ArrayList<String>();
        lines.add(samples + " execution samples; top frames (self):");
        frames.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(top)
                .forEach(entry -> lines.add(String.format("%5.1f %%  %s", 100.0 * entry.getValue() / total,
                        entry.getKey())));
        lines.add("samples by the library of their innermost non-JDK frame:");
        areas.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEach(entry -> lines.add(String.format("%5.1f %%  %s", 100.0 * entry.getValue() / total,
                        entry.getKey())));
        return lines;
    }

    private static String area(List<RecordedFrame> stack) {
        for (var frame : stack) {
            for (var area : AREAS.entrySet()) {
                if (inArea(frame, area.getValue())) {
                    return area.getKey();
                }
            }
        }
        return "the JDK alone or other libraries";
    }

    /** Class and method; a lambda's generated class name loses its per-run suffix. */
    private static String name(RecordedFrame frame) {
        var method = frame.getMethod();
        var type = method.getType().getName();
        int lambda = type.indexOf("$$Lambda$");
        return (lambda < 0 ? type : type.substring(0, lambda + 8)) + "." + method.getName();
    }

    private static boolean inArea(RecordedFrame frame, String prefixes) {
        var type = frame.getMethod().getType().getName();
        for (var prefix : prefixes.split("\\|")) {
            if (type.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
