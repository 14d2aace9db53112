package com.cumulus.commerce.devhost.probe;

/** Where the probe app's processed ids end up in platform-local's documents file. */
final class ProbeStore {

    static final String PROCESSED_IDS_SQL = "SELECT id FROM documents WHERE container = ?";

    private ProbeStore() {
    }
}
