package com.cumulus.commerce.devhost.workflows;

/** The host is stopping: unwind the run without recording anything, so it resumes at the next start. */
final class RunInterrupted extends RuntimeException {

    RunInterrupted() {
        super("the host is stopping", null, false, false);
    }
}
