package com.cumulus.commerce.devhost.sample.invalid;

import com.microsoft.azure.functions.HttpRequestMessage;
import com.microsoft.azure.functions.annotation.BindingName;
import com.microsoft.azure.functions.annotation.BlobTrigger;
import com.microsoft.azure.functions.annotation.FunctionName;
import com.microsoft.azure.functions.annotation.HttpTrigger;
import com.microsoft.azure.functions.annotation.QueueTrigger;
import com.microsoft.azure.functions.annotation.ServiceBusQueueTrigger;
import java.util.Optional;

/** Functions devhost must refuse, each for one reason. */
public class BrokenFunctions {

    @FunctionName("blob")
    public void blob(@BlobTrigger(name = "file", path = "uploads/{name}", connection = "Storage") String file) {
    }

    @FunctionName("twoTriggers")
    public void twoTriggers(@QueueTrigger(name = "first", queueName = "a") String first,
            @ServiceBusQueueTrigger(name = "second", queueName = "b", connection = "SB") String second) {
    }

    @FunctionName("unbound")
    public void unbound(@QueueTrigger(name = "message", queueName = "a") String message, String stray) {
    }

    @FunctionName("missingSetting")
    public void missingSetting(@QueueTrigger(name = "message", queueName = "%NO_SUCH_QUEUE%") String message) {
    }

    @FunctionName("badRoute")
    public String badRoute(@HttpTrigger(name = "req", route = "things/{id:bogus}") HttpRequestMessage<Optional<String>> request) {
        return "never";
    }

    @FunctionName("unknownMetadata")
    public void unknownMetadata(@QueueTrigger(name = "message", queueName = "a") String message,
            @BindingName("Colour") String colour) {
    }
}
