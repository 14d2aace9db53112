package com.cumulus.commerce.devhost.sample.valid;

import com.microsoft.azure.functions.ExecutionContext;
import com.microsoft.azure.functions.annotation.BindingName;
import com.microsoft.azure.functions.annotation.FunctionName;
import com.microsoft.azure.functions.annotation.ServiceBusQueueTrigger;

/** A sample queue-triggered function, so that the host builds a listener at start-up. */
public class WorkFunctions {

    @FunctionName("work")
    public void work(@ServiceBusQueueTrigger(name = "message", queueName = "work", connection = "SB") Product product,
            @BindingName("DeliveryCount") int deliveryCount, ExecutionContext context) {
        context.getLogger().info("worked on " + product.sku() + " delivery " + deliveryCount);
    }
}
