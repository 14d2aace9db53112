package com.cumulus.commerce.devhost.workflows;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.function.Function;
import java.util.function.Supplier;

/** What every run of every workflow shares: the evaluator, the store, the connectors, the clock, the pools. */
record EngineParts(Expressions expressions, RunStore store, HttpAction http, ServiceBusSender serviceBus,
        Supplier<Instant> clock, Function<String, String> appSettings, Map<String, JsonNode> parameters,
        ExecutorService branches, Sleeper sleeper) {
}
