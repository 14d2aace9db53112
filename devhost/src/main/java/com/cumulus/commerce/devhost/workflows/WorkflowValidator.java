package com.cumulus.commerce.devhost.workflows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Refuses what devhost cannot run faithfully, before anything starts: unknown trigger or action types and
 * operations, expression problems, runAfter naming a missing action, undefined parameters or connections,
 * InitializeVariable below the top level. Each problem names the workflow and the action.
 */
final class WorkflowValidator {

    static final Set<String> ACTION_TYPES = Set.of("Http", "ServiceProvider", "Compose", "If", "Switch", "Scope",
            "Until", "Foreach", "Response", "Terminate", "InitializeVariable", "SetVariable", "IncrementVariable",
            "DecrementVariable", "AppendToArrayVariable", "AppendToStringVariable", "Wait");
    static final Set<String> STATUSES = Set.of("Succeeded", "Failed", "Skipped", "TimedOut");
    static final String SERVICE_BUS = "/serviceProviders/serviceBus";
    private static final Pattern PARAMETER = Pattern.compile("parameters\\(\\s*'([^']*)'\\s*\\)");
    private static final Pattern VARIABLE = Pattern.compile("variables\\(\\s*'([^']*)'\\s*\\)");

    private final Expressions expressions;
    private final WorkflowProject project;

    WorkflowValidator(Expressions expressions, WorkflowProject project) {
        this.expressions = expressions;
        this.project = project;
    }

    void validate(List<String> problems) {
        for (var it = project.parameters().fields(); it.hasNext();) {
            var entry = it.next();
            expressions.check(entry.getValue().path("value"), "logic apps parameter '" + entry.getKey() + "'",
                    problems);
        }
        for (var workflow : project.workflows()) {
            validate(workflow, problems);
        }
    }

    private void validate(WorkflowDefinition workflow, List<String> problems) {
        var triggers = workflow.definition().path("triggers");
        var where = "workflow '" + workflow.name() + "'";
        if (triggers.size() != 1) {
            problems.add(where + ": exactly one trigger is needed, found " + triggers.size());
        } else {
            trigger(where + ", trigger '" + workflow.triggerName() + "'", workflow.trigger(), problems);
        }
        var all = new HashSet<String>();
        var variables = new HashSet<String>();
        WorkflowDefinition.visit(workflow.actions(), "", (path, action) -> {
            all.add(name(path));
            if (action.path("type").asText().equals("InitializeVariable")) {
                action.path("inputs").path("variables").forEach(v -> variables.add(v.path("name").asText()));
            }
        });
        container(workflow, workflow.actions(), "", true, all, variables, problems);
    }

    private void trigger(String where, JsonNode trigger, List<String> problems) {
        var type = trigger.path("type").asText();
        switch (type) {
            case "Request" -> {
                var kind = trigger.path("kind").asText("Http");
                if (!kind.equals("Http")) {
                    problems.add(where + ": Request kind '" + kind + "' is not supported (only Http)");
                }
                var method = trigger.path("inputs").path("method").asText("POST");
                if (!method.equalsIgnoreCase("POST") || trigger.path("inputs").has("relativePath")) {
                    problems.add(where + ": Request triggers take POST on the callback URL only (no method "
                            + method + ", no relativePath)");
                }
            }
            case "Recurrence" -> {
                var frequency = trigger.path("recurrence").path("frequency").asText();
                if (!Set.of("Second", "Minute", "Hour", "Day").contains(frequency)) {
                    problems.add(where + ": recurrence frequency '" + frequency
                            + "' is not supported (Second, Minute, Hour or Day)");
                }
                if (trigger.path("recurrence").path("interval").asInt(0) < 1) {
                    problems.add(where + ": recurrence interval must be a positive integer");
                }
            }
            case "ServiceProvider" -> {
                var operation = serviceProvider(where, trigger, problems);
                var parameters = trigger.path("inputs").path("parameters");
                if (operation.equals("receiveQueueMessages")) {
                    required(where, parameters, "queueName", problems);
                } else if (operation.equals("receiveTopicMessages")) {
                    required(where, parameters, "topicName", problems);
                    required(where, parameters, "subscriptionName", problems);
                } else {
                    problems.add(where + ": Service Bus trigger operation '" + operation
                            + "' is not supported (receiveQueueMessages, receiveTopicMessages)");
                }
            }
            default -> problems.add(where + ": unsupported trigger type '" + type + "'");
        }
        expressions(where, trigger.path("inputs"), Set.of(), Set.of(), problems);
        if (trigger.has("splitOn")) {
            expressions.check(trigger.get("splitOn"), where, problems);
        }
        var runs = trigger.path("runtimeConfiguration").path("concurrency").path("runs");
        if (!runs.isMissingNode() && (!runs.canConvertToInt() || runs.asInt() < 1)) {
            problems.add(where + ": runtimeConfiguration.concurrency.runs must be a positive integer");
        }
    }

    private void container(WorkflowDefinition workflow, ObjectNode actions, String prefix, boolean topLevel,
            Set<String> all, Set<String> variables, List<String> problems) {
        for (var it = actions.fields(); it.hasNext();) {
            var entry = it.next();
            var path = prefix.isEmpty() ? entry.getKey() : prefix + "/" + entry.getKey();
            var where = "workflow '" + workflow.name() + "', action '" + path + "'";
            var action = entry.getValue();
            action(where, action, actions, topLevel, all, variables, problems);
            for (var child : WorkflowDefinition.childContainers(action)) {
                container(workflow, child, path, false, all, variables, problems);
            }
        }
    }

    private void action(String where, JsonNode action, ObjectNode siblings, boolean topLevel, Set<String> all,
            Set<String> variables, List<String> problems) {
        var type = action.path("type").asText();
        if (!ACTION_TYPES.contains(type)) {
            problems.add(where + ": unsupported action type '" + type + "'");
            return;
        }
        for (var it = action.path("runAfter").fields(); it.hasNext();) {
            var entry = it.next();
            if (!siblings.has(entry.getKey())) {
                problems.add(where + ": runAfter names '" + entry.getKey()
                        + "', which is not an action of the same container");
            }
            entry.getValue().forEach(status -> {
                if (!STATUSES.contains(status.asText())) {
                    problems.add(where + ": runAfter status '" + status.asText()
                            + "' is not one of Succeeded, Failed, Skipped, TimedOut");
                }
            });
        }
        var inputs = action.path("inputs");
        switch (type) {
            case "InitializeVariable" -> {
                if (!topLevel) {
                    problems.add(where + ": InitializeVariable must be at the top level of the workflow");
                }
            }
            case "SetVariable", "IncrementVariable", "DecrementVariable", "AppendToArrayVariable",
                    "AppendToStringVariable" -> {
                var name = inputs.path("name").asText();
                if (!variables.contains(name)) {
                    problems.add(where + ": variable '" + name + "' is never initialized");
                }
            }
            case "ServiceProvider" -> {
                var operation = serviceProvider(where, action, problems);
                if (!operation.equals("sendMessage")) {
                    problems.add(where + ": Service Bus operation '" + operation + "' is not supported (sendMessage)");
                }
                required(where, inputs.path("parameters"), "entityName", problems);
            }
            case "Http" -> {
                required(where, inputs, "method", problems);
                required(where, inputs, "uri", problems);
                var auth = inputs.path("authentication").path("type").asText("None");
                if (!Set.of("None", "ManagedServiceIdentity").contains(auth)) {
                    problems.add(where + ": authentication type '" + auth
                            + "' is not supported (ManagedServiceIdentity or none)");
                }
            }
            case "Until" -> {
                conditions(where, action.path("expression"), all, variables, problems);
            }
            case "If" -> conditions(where, action.path("expression"), all, variables, problems);
            case "Foreach" -> expressions(where, action.path("foreach"), all, variables, problems);
            case "Switch" -> expressions(where, action.path("expression"), all, variables, problems);
            case "Terminate" -> {
                var status = inputs.path("runStatus").asText();
                if (!Set.of("Succeeded", "Failed", "Cancelled").contains(status)) {
                    problems.add(where + ": Terminate runStatus '" + status
                            + "' must be Succeeded, Failed or Cancelled");
                }
            }
            case "Wait" -> {
                if (!inputs.has("interval") && !inputs.has("until")) {
                    problems.add(where + ": Wait needs inputs.interval or inputs.until");
                }
            }
            default -> {
            }
        }
        if (action.has("retryPolicy") || inputs.has("retryPolicy")) {
            try {
                RetryPolicy.of(inputs.has("retryPolicy") ? inputs.get("retryPolicy") : action.get("retryPolicy"));
            } catch (IllegalArgumentException e) {
                problems.add(where + ": " + e.getMessage());
            }
        }
        var timeout = action.path("limit").path("timeout").asText(null);
        if (timeout != null && !timeout.startsWith("@") && !Durations.isValid(timeout)) {
            problems.add(where + ": limit.timeout is not an ISO 8601 duration");
        }
        expressions(where, inputs, all, variables, problems);
        expressions(where, action.path("limit"), all, variables, problems);
    }

    private void conditions(String where, JsonNode condition, Set<String> all, Set<String> variables,
            List<String> problems) {
        Conditions.check(condition, where, problems, operand -> expressions(where, operand, all, variables, problems));
    }

    private void expressions(String where, JsonNode value, Set<String> all, Set<String> variables,
            List<String> problems) {
        if (value.isMissingNode()) {
            return;
        }
        expressions.check(value, where, problems);
        if (!all.isEmpty()) {
            for (var referenced : expressions.actionsReferenced(value)) {
                if (!all.contains(referenced)) {
                    problems.add(where + ": an expression reads action '" + referenced + "', which does not exist");
                }
            }
        }
        var text = value.toString();
        var parameters = PARAMETER.matcher(text);
        while (parameters.find()) {
            if (!project.parameters().has(parameters.group(1))) {
                problems.add(where + ": parameter '" + parameters.group(1) + "' is not defined in parameters.json");
            }
        }
        var used = VARIABLE.matcher(text);
        while (used.find()) {
            if (!variables.isEmpty() && !variables.contains(used.group(1))) {
                problems.add(where + ": variable '" + used.group(1) + "' is never initialized");
            }
        }
    }

    private String serviceProvider(String where, JsonNode operation, List<String> problems) {
        var config = operation.path("inputs").path("serviceProviderConfiguration");
        var provider = config.path("serviceProviderId").asText();
        if (!provider.equals(SERVICE_BUS)) {
            problems.add(where + ": service provider '" + provider + "' is not supported (only " + SERVICE_BUS + ")");
        }
        var connection = config.path("connectionName").asText();
        var defined = project.connections().path(connection);
        if (defined.isMissingNode()) {
            problems.add(where + ": connection '" + connection + "' is not defined in connections.json");
        } else if (!defined.path("serviceProvider").path("id").asText().equals(provider)) {
            problems.add(where + ": connection '" + connection + "' is not a " + provider + " connection");
        }
        return config.path("operationId").asText();
    }

    private static void required(String where, JsonNode inputs, String field, List<String> problems) {
        var value = inputs.path(field);
        if (value.isMissingNode() || value.isNull() || value.asText().isBlank() && value.isValueNode()) {
            problems.add(where + ": '" + field + "' is required");
        }
    }

    private static String name(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
