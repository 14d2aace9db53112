package com.cumulus.commerce.devhost.functions;

import com.cumulus.commerce.devhost.HostConfig;
import com.cumulus.commerce.devhost.triggers.NcrontabSchedule;
import com.cumulus.commerce.devhost.triggers.RetryPolicy;
import com.cumulus.commerce.devhost.triggers.TimeSpans;
import com.cumulus.commerce.platform.Platform;
import com.cumulus.commerce.platform.config.AppSettings;
import com.microsoft.azure.functions.ExecutionContext;
import com.microsoft.azure.functions.HttpRequestMessage;
import com.microsoft.azure.functions.OutputBinding;
import com.microsoft.azure.functions.annotation.BindingName;
import com.microsoft.azure.functions.annotation.Cardinality;
import com.microsoft.azure.functions.annotation.CosmosDBTrigger;
import com.microsoft.azure.functions.annotation.CustomBinding;
import com.microsoft.azure.functions.annotation.EventHubTrigger;
import com.microsoft.azure.functions.annotation.ExponentialBackoffRetry;
import com.microsoft.azure.functions.annotation.FixedDelayRetry;
import com.microsoft.azure.functions.annotation.FunctionName;
import com.microsoft.azure.functions.annotation.HasImplicitOutput;
import com.microsoft.azure.functions.annotation.HttpTrigger;
import com.microsoft.azure.functions.annotation.QueueTrigger;
import com.microsoft.azure.functions.annotation.ServiceBusQueueTrigger;
import com.microsoft.azure.functions.annotation.ServiceBusTopicTrigger;
import com.microsoft.azure.functions.annotation.StorageAccount;
import com.microsoft.azure.functions.annotation.TimerTrigger;
import com.microsoft.azure.functions.internal.spi.middleware.Middleware;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Validates one {@code @FunctionName} method against what devhost can honour and binds it. Every problem is
 * added to the shared list as one line naming the function and the binding, so start-up can report them all.
 */
final class FunctionBinder {

    private static final String ANNOTATION_PACKAGE = "com.microsoft.azure.functions.annotation";
    /** The trigger annotations devhost runs; one table, so recognising a trigger and naming its kind agree. */
    private static final Map<Class<? extends Annotation>, TriggerKind> TRIGGERS = Map.of(
            HttpTrigger.class, TriggerKind.HTTP,
            ServiceBusQueueTrigger.class, TriggerKind.SERVICE_BUS_QUEUE,
            ServiceBusTopicTrigger.class, TriggerKind.SERVICE_BUS_TOPIC,
            QueueTrigger.class, TriggerKind.STORAGE_QUEUE,
            EventHubTrigger.class, TriggerKind.EVENT_HUB,
            CosmosDBTrigger.class, TriggerKind.COSMOS_DB,
            TimerTrigger.class, TriggerKind.TIMER);
    private static final Set<Class<? extends Annotation>> METHOD_ANNOTATIONS = Set.of(FunctionName.class,
            FixedDelayRetry.class, ExponentialBackoffRetry.class, StorageAccount.class, HasImplicitOutput.class);
    private static final Pattern ROUTE_PARAMETER = Pattern.compile("\\{\\*?([A-Za-z_][A-Za-z0-9_]*)");

    private final Platform platform;
    private final AppSettings settings;
    private final HostConfig host;
    private final boolean logInvocations;
    private final List<String> problems;

    FunctionBinder(Platform platform, AppSettings settings, HostConfig host, boolean logInvocations,
            List<String> problems) {
        this.platform = platform;
        this.settings = settings;
        this.host = host;
        this.logInvocations = logInvocations;
        this.problems = problems;
    }

    /** The binding, or empty when the function has problems (added to the list). */
    Optional<Binding> bind(String name, Method method, Object instance, List<Middleware> middleware) {
        int problemsBefore = problems.size();
        var params = method.getParameters();
        Annotation trigger = null;
        int triggerIndex = -1;
        for (int i = 0; i < params.length; i++) {
            for (var a : bindingAnnotations(params[i])) {
                if (TRIGGERS.containsKey(a.annotationType())) {
                    if (trigger != null) {
                        problem(name, a, "a function has exactly one trigger, this one has two");
                    } else {
                        trigger = a;
                        triggerIndex = i;
                    }
                }
            }
        }
        if (trigger == null) {
            var unsupported = Arrays.stream(params).flatMap(p -> bindingAnnotations(p).stream())
                    .filter(a -> a.annotationType() != BindingName.class
                            && !OutputBindings.TYPES.contains(a.annotationType()))
                    .toList();
            unsupported.forEach(a -> problem(name, a, "not supported by devhost"));
            if (unsupported.isEmpty()) {
                problems.add("function '" + name + "': has no trigger binding");
            }
            checkMethodAnnotations(name, method);
            return Optional.empty();
        }
        var kind = TRIGGERS.get(trigger.annotationType());
        var properties = new LinkedHashMap<String, String>();
        var metadataKeys = new ArrayList<String>();
        var many = false;
        Converters.Conversion conversion = null;
        HttpBodyReader httpBody = null;
        Type triggerType = params[triggerIndex].getParameterizedType();
        try {
            switch (kind) {
                case HTTP -> {
                    var http = (HttpTrigger) trigger;
                    if (!(rawClass(triggerType) == HttpRequestMessage.class)) {
                        throw new IllegalArgumentException("the parameter must be an HttpRequestMessage<T>");
                    }
                    httpBody = HttpBodyReader.forType(typeArgument(triggerType));
                    var route = resolve(http.route());
                    route = route == null || route.isBlank() ? name : route.strip();
                    properties.put("route", route.startsWith("/") ? route.substring(1) : route);
                    properties.put("methods", Arrays.stream(http.methods()).map(Enum::name)
                            .collect(Collectors.joining(",")));
                    properties.put("authLevel", http.authLevel().name());
                    var m = ROUTE_PARAMETER.matcher(route);
                    while (m.find()) {
                        metadataKeys.add(m.group(1));
                    }
                    conversion = payload -> payload;
                }
                case SERVICE_BUS_QUEUE -> {
                    var sb = (ServiceBusQueueTrigger) trigger;
                    serviceBusLimits(sb.cardinality(), sb.isSessionsEnabled());
                    properties.put("queueName", required("queueName", sb.queueName()));
                    metadataKeys.addAll(TriggerMetadata.SERVICE_BUS);
                }
                case SERVICE_BUS_TOPIC -> {
                    var sb = (ServiceBusTopicTrigger) trigger;
                    serviceBusLimits(sb.cardinality(), sb.isSessionsEnabled());
                    properties.put("topicName", required("topicName", sb.topicName()));
                    properties.put("subscriptionName", required("subscriptionName", sb.subscriptionName()));
                    metadataKeys.addAll(TriggerMetadata.SERVICE_BUS);
                }
                case STORAGE_QUEUE -> {
                    properties.put("queueName", required("queueName", ((QueueTrigger) trigger).queueName()));
                    metadataKeys.addAll(TriggerMetadata.STORAGE_QUEUE);
                }
                case EVENT_HUB -> {
                    var eh = (EventHubTrigger) trigger;
                    properties.put("eventHubName", required("eventHubName", eh.eventHubName()));
                    var group = resolve(eh.consumerGroup());
                    properties.put("consumerGroup", group == null || group.isBlank() ? "$Default" : group);
                    many = eh.cardinality() == Cardinality.MANY;
                    metadataKeys.addAll(many ? TriggerMetadata.EVENT_HUB_MANY : TriggerMetadata.EVENT_HUB_ONE);
                }
                case COSMOS_DB -> {
                    var cosmos = (CosmosDBTrigger) trigger;
                    properties.put("containerName", required("containerName", cosmos.containerName()));
                    properties.put("maxItems", String.valueOf(
                            cosmos.maxItemsPerInvocation() > 0 ? cosmos.maxItemsPerInvocation() : 100));
                    many = true;
                }
                case TIMER -> {
                    var schedule = required("schedule", ((TimerTrigger) trigger).schedule());
                    NcrontabSchedule.parse(schedule);
                    properties.put("schedule", schedule);
                }
            }
            if (conversion == null) {
                conversion = (many ? Converters.many(triggerType) : Converters.single(triggerType))
                        .orElseThrow(() -> new IllegalArgumentException("parameter type "
                                + triggerType.getTypeName() + " cannot take " + (kind == TriggerKind.COSMOS_DB
                                        || kind == TriggerKind.EVENT_HUB ? "a batch" : "a message")));
            }
        } catch (IllegalArgumentException e) {
            problem(name, trigger, e.getMessage());
        }
        var retry = retryPolicy(name, method, kind);
        var returnOutput = checkMethodAnnotations(name, method);

        var sources = new ArgumentSource[params.length];
        var outputs = new ArrayList<OutputTarget>();
        for (int i = 0; i < params.length; i++) {
            if (i == triggerIndex) {
                var convert = conversion;
                sources[i] = convert == null ? null : frame -> convert.apply(frame.payload());
                continue;
            }
            sources[i] = parameterSource(name, params[i], trigger, metadataKeys, outputs);
        }
        if (problems.size() > problemsBefore) {
            return Optional.empty();
        }
        if (instance == null && !Modifier.isStatic(method.getModifiers())) {
            return Optional.empty();
        }
        try {
            var function = new BoundFunction(name, kind, trigger, method, instance, sources,
                    outputs.toArray(OutputTarget[]::new), returnOutput, retry.maxRetryCount(), logInvocations,
                    MiddlewarePipeline.of(middleware, method));
            return Optional.of(new Binding(function, Map.copyOf(properties), retry, many, httpBody));
        } catch (IllegalAccessException | RuntimeException e) {
            problems.add("function '" + name + "': method cannot be called: " + e.getMessage());
            return Optional.empty();
        }
    }

    private ArgumentSource parameterSource(String name, Parameter param, Annotation trigger,
            List<String> metadataKeys, List<OutputTarget> outputs) {
        var bindings = bindingAnnotations(param);
        if (bindings.isEmpty()) {
            if (param.getType() == ExecutionContext.class) {
                return InvocationFrame::context;
            }
            problems.add("function '" + name + "': parameter '" + param.getName() + "' has no binding");
            return null;
        }
        if (bindings.size() > 1) {
            problems.add("function '" + name + "': parameter '" + param.getName() + "' has more than one binding");
            return null;
        }
        var binding = bindings.get(0);
        if (binding instanceof BindingName bindingName) {
            var key = metadataKeys.stream().filter(k -> k.equalsIgnoreCase(bindingName.value())).findFirst();
            if (key.isEmpty()) {
                problems.add("function '" + name + "': @BindingName(\"" + bindingName.value() + "\") on parameter '"
                        + param.getName() + "' names nothing that @" + trigger.annotationType().getSimpleName()
                        + " provides (" + String.join(", ", metadataKeys.stream().sorted().toList()) + ")");
                return null;
            }
            var convert = Converters.metadata(param.getParameterizedType());
            var canonical = key.get();
            return frame -> convert.apply(frame.metadata().get(canonical));
        }
        if (OutputBindings.TYPES.contains(binding.annotationType())) {
            if (param.getType() != OutputBinding.class) {
                problem(name, binding, "the parameter must be an OutputBinding<T>");
                return null;
            }
            try {
                outputs.add(OutputBindings.target(binding, platform, OutputBindings.PropertyResolver.of(this::resolve)));
            } catch (IllegalArgumentException e) {
                problem(name, binding, e.getMessage());
                return null;
            }
            int index = outputs.size() - 1;
            return frame -> frame.outputs()[index];
        }
        if (!TRIGGERS.containsKey(binding.annotationType())) {
            problem(name, binding, "not supported by devhost");
        }
        return null;
    }

    /** Reports unsupported method annotations and returns the {@code $return} output, if any. */
    private OutputTarget checkMethodAnnotations(String name, Method method) {
        OutputTarget returnOutput = null;
        for (var a : method.getAnnotations()) {
            var type = a.annotationType();
            if (METHOD_ANNOTATIONS.contains(type) || !isBinding(a)) {
                continue;
            }
            if (!OutputBindings.TYPES.contains(type)) {
                problem(name, a, "not supported by devhost");
            } else if (returnOutput != null) {
                problem(name, a, "only one output binding can take the return value");
            } else {
                try {
                    returnOutput = OutputBindings.target(a, platform, OutputBindings.PropertyResolver.of(this::resolve));
                } catch (IllegalArgumentException e) {
                    problem(name, a, e.getMessage());
                }
            }
        }
        return returnOutput;
    }

    private RetryPolicy retryPolicy(String name, Method method, TriggerKind kind) {
        var fixed = method.getAnnotation(FixedDelayRetry.class);
        var exponential = method.getAnnotation(ExponentialBackoffRetry.class);
        var retries = kind == TriggerKind.EVENT_HUB || kind == TriggerKind.COSMOS_DB || kind == TriggerKind.TIMER;
        if (fixed == null && exponential == null) {
            return retries ? host.retry() : RetryPolicy.none();
        }
        var annotation = fixed != null ? (Annotation) fixed : exponential;
        if (fixed != null && exponential != null) {
            problem(name, annotation, "a function has at most one retry policy");
            return RetryPolicy.none();
        }
        if (!retries) {
            problem(name, annotation, "retry policies apply to Event Hubs, Cosmos DB and timer triggers only");
            return RetryPolicy.none();
        }
        try {
            return fixed != null
                    ? RetryPolicy.fixedDelay(fixed.maxRetryCount(),
                            TimeSpans.parse(resolve(fixed.delayInterval()), "delayInterval"))
                    : RetryPolicy.exponentialBackoff(exponential.maxRetryCount(),
                            TimeSpans.parse(resolve(exponential.minimumInterval()), "minimumInterval"),
                            TimeSpans.parse(resolve(exponential.maximumInterval()), "maximumInterval"));
        } catch (IllegalArgumentException e) {
            problem(name, annotation, e.getMessage());
            return RetryPolicy.none();
        }
    }

    private static void serviceBusLimits(Cardinality cardinality, boolean sessions) {
        if (cardinality == Cardinality.MANY) {
            throw new IllegalArgumentException("cardinality MANY is not supported by devhost for Service Bus");
        }
        if (sessions) {
            throw new IllegalArgumentException("isSessionsEnabled is not supported by devhost");
        }
    }

    private String required(String property, String value) {
        var resolved = resolve(value);
        if (resolved == null || resolved.isBlank()) {
            throw new IllegalArgumentException("property '" + property + "' must not be blank");
        }
        return resolved;
    }

    private String resolve(String value) {
        return SettingExpressions.resolve(value, settings);
    }

    private void problem(String function, Annotation binding, String what) {
        problems.add("function '" + function + "': binding '" + bindingName(binding) + "' (@"
                + binding.annotationType().getSimpleName() + "): " + what);
    }

    private static String bindingName(Annotation binding) {
        try {
            var name = binding.annotationType().getMethod("name").invoke(binding);
            return String.valueOf(name);
        } catch (ReflectiveOperationException e) {
            return binding instanceof BindingName b ? b.value() : "?";
        }
    }

    private static List<Annotation> bindingAnnotations(Parameter param) {
        return Arrays.stream(param.getAnnotations()).filter(FunctionBinder::isBinding).toList();
    }

    private static boolean isBinding(Annotation a) {
        var type = a.annotationType();
        return type.getPackageName().equals(ANNOTATION_PACKAGE) || type.isAnnotationPresent(CustomBinding.class);
    }

    private static Class<?> rawClass(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        return type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : Object.class;
    }

    private static Type typeArgument(Type type) {
        return type instanceof ParameterizedType p ? p.getActualTypeArguments()[0] : String.class;
    }
}
