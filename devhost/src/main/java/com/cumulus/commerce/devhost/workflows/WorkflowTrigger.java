package com.cumulus.commerce.devhost.workflows;

/** A polling or scheduled trigger that starts runs until stopped. */
interface WorkflowTrigger {

    void start();

    void stop();
}
