package com.cumulus.commerce.devhost.workflows;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One container execution (the run's top level, a scope, a branch, a loop iteration): the results of the
 * actions run in it, and for a loop iteration its loop name, item and index.
 */
final class Frame {

    final Frame parent;
    final String loop;
    final JsonNode item;
    final int index;
    final Map<String, JsonNode> results = new ConcurrentHashMap<>();

    private Frame(Frame parent, String loop, JsonNode item, int index) {
        this.parent = parent;
        this.loop = loop;
        this.item = item;
        this.index = index;
    }

    static Frame root() {
        return new Frame(null, null, null, -1);
    }

    Frame child() {
        return new Frame(this, null, null, -1);
    }

    Frame iteration(String loopName, JsonNode loopItem, int loopIndex) {
        return new Frame(this, loopName, loopItem, loopIndex);
    }

    JsonNode result(String name) {
        for (var frame = this; frame != null; frame = frame.parent) {
            var found = frame.results.get(name);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** The iteration of loop {@code name}, or the innermost loop iteration when name is null. */
    Frame loop(String name) {
        for (var frame = this; frame != null; frame = frame.parent) {
            if (frame.loop != null && (name == null || frame.loop.equals(name))) {
                return frame;
            }
        }
        return null;
    }
}
