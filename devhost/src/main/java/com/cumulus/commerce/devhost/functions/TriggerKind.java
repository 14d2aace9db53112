package com.cumulus.commerce.devhost.functions;

/** The triggers devhost can run, named as the Functions host names their binding types in logs. */
enum TriggerKind {
    HTTP("httpTrigger"),
    SERVICE_BUS_QUEUE("serviceBusTrigger"),
    SERVICE_BUS_TOPIC("serviceBusTrigger"),
    STORAGE_QUEUE("queueTrigger"),
    EVENT_HUB("eventHubTrigger"),
    COSMOS_DB("cosmosDBTrigger"),
    TIMER("timerTrigger");

    private final String bindingType;

    TriggerKind(String bindingType) {
        this.bindingType = bindingType;
    }

    String bindingType() {
        return bindingType;
    }
}
