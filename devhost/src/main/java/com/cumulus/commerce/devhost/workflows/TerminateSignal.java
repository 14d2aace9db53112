package com.cumulus.commerce.devhost.workflows;

import com.fasterxml.jackson.databind.JsonNode;

/** A Terminate action ran: the run ends now with its status and error. */
final class TerminateSignal extends RuntimeException {

    final String runStatus;
    final transient JsonNode runError;

    TerminateSignal(String runStatus, JsonNode runError) {
        super("terminated: " + runStatus, null, false, false);
        this.runStatus = runStatus;
        this.runError = runError;
    }
}
