package com.cumulus.commerce.devhost.workflows.expressions;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * What workflow functions read. The engine implements it per action evaluation; implementations throw
 * {@link ExpressionException} (with just the problem) when a name cannot be resolved.
 */
public interface ExpressionScope {

    /** trigger(): {"name","inputs","outputs","startTime","endTime","status"}. */
    JsonNode trigger();

    /** actions('x'): {"name","inputs","outputs","startTime","endTime","status","code","error"}; throws when the action has not run. */
    JsonNode action(String name);

    /** parameters('x'); throws when undefined. */
    JsonNode parameter(String name);

    /** variables('x'); throws when not initialised. */
    JsonNode variable(String name);

    /** item() passes null for the innermost Foreach; items('loop') passes the loop name. */
    JsonNode item(String loopName);

    /** iterationIndexes('untilName'). */
    JsonNode iterationIndex(String loopName);

    /** result('scope'): array of the results of the actions directly inside the scope. */
    JsonNode result(String scopeName);

    /** workflow(): {"name", "run": {"name", "id"}}. */
    JsonNode workflow();

    /** appsetting('x'); throws when missing. */
    String appSetting(String name);

    /** The clock behind utcNow() and the relative time functions. */
    Instant now();
}
