package com.cumulus.commerce.devhost.functions;

import com.microsoft.azure.functions.ExecutionContext;
import java.util.Map;

/**
 * What one invocation binds from: the trigger payload (the HTTP request, a message body, or the bodies of a
 * batch), the trigger metadata for {@code @BindingName}, and the context.
 */
record InvocationFrame(Object payload, Map<String, ?> metadata, ExecutionContext context, OutputHolder<?>[] outputs) {
}
