package com.cumulus.commerce.devhost.workflows;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** The Recurrence trigger: a run every {@code interval} {@code frequency} units from start-up. */
final class RecurrenceTrigger implements WorkflowTrigger {

    private final WorkflowEngine engine;
    private final WorkflowDefinition workflow;
    private ScheduledExecutorService timer;

    RecurrenceTrigger(WorkflowEngine engine, WorkflowDefinition workflow) {
        this.engine = engine;
        this.workflow = workflow;
    }

    @Override
    public void start() {
        var recurrence = workflow.trigger().path("recurrence");
        var period = Durations.unit(recurrence.path("interval").asLong(1), recurrence.path("frequency").asText());
        timer = Executors.newSingleThreadScheduledExecutor(WorkflowEngine.named("devhost-workflow-timer"));
        timer.scheduleAtFixedRate(this::fire, period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void fire() {
        if (engine.freeSlots(workflow.name()) == 0) {
            return;
        }
        var now = engine.parts().clock().get();
        var outputs = JsonNodeFactory.instance.objectNode();
        outputs.putObject("headers");
        try {
            engine.start(workflow, WorkflowEngine.triggerRecord(workflow.triggerName(),
                    workflow.trigger().path("recurrence"), outputs, now), null, false);
        } catch (RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger("devhost.workflows").warn("workflow {} recurrence: {}",
                    workflow.name(), e.toString());
        }
    }

    @Override
    public void stop() {
        if (timer != null) {
            timer.shutdownNow();
        }
    }
}
