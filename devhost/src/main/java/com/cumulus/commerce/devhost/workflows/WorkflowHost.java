package com.cumulus.commerce.devhost.workflows;

import com.cumulus.commerce.platform.Platform;
import com.cumulus.commerce.platform.config.AppSettings;
import com.cumulus.commerce.platform.http.OutgoingHttpCalls;
import com.cumulus.commerce.platform.identity.HttpAccess;
import com.cumulus.commerce.platform.identity.IdentitySettings;
import com.cumulus.commerce.platform.identity.NimbusAccessTokens;
import com.cumulus.commerce.platform.messaging.OutgoingMessage;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.function.BiFunction;
import org.eclipse.jetty.server.Handler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Logic Apps Standard project run by devhost. {@link #load} reads and validates it before anything starts
 * (problems stop start-up); {@link #endpoints} goes into the HTTP host; {@link #start} starts the engine,
 * resumes unfinished runs and starts the triggers; {@link #close} stops triggers and leaves unfinished runs
 * Running for the next start.
 */
public final class WorkflowHost implements AutoCloseable {

    public static final String FOLDER_SETTING = "DEVHOST_WORKFLOWS_DIR";
    public static final String THREADS_SETTING = "DEVHOST_WORKFLOW_THREADS";
    private static final Logger LOG = LoggerFactory.getLogger("devhost.workflows");
    private static final Duration DRAIN = Duration.ofSeconds(5);

    private final WorkflowProject project;
    private final Expressions expressions;
    private final List<WorkflowTrigger> triggers = new ArrayList<>();
    private WorkflowEndpoints endpoints;
    private WorkflowEngine engine;
    private WorkflowKeys keys;
    private HttpAccess access;

    private WorkflowHost(WorkflowProject project, Expressions expressions) {
        this.project = project;
        this.expressions = expressions;
    }

    /** Reads the project folder named by {@value #FOLDER_SETTING} (default {@code logic-apps}) and validates it. */
    public static WorkflowHost load(Path workingDir, AppSettings settings, List<String> problems) {
        var folder = workingDir.resolve(settings.get(FOLDER_SETTING, "logic-apps"));
        return load(folder, new StandardExpressions(), problems);
    }

    static WorkflowHost load(Path folder, Expressions expressions, List<String> problems) {
        var project = WorkflowProject.load(folder, problems);
        new WorkflowValidator(expressions, project).validate(problems);
        return new WorkflowHost(project, expressions);
    }

    public int size() {
        return project.workflows().size();
    }

    /** The Request trigger and ops routes, answering once {@link #start} has run. */
    public Handler endpoints(String routePrefix) {
        if (endpoints == null) {
            endpoints = new WorkflowEndpoints(routePrefix);
        }
        return endpoints;
    }

    /** The start-up listing's lines for the routes devhost serves itself: the operators' workflow routes. */
    public List<String> describeRoutes(String routePrefix) {
        return Arrays.stream(OperatorRoute.values()).map(route -> route.describe(routePrefix)).toList();
    }

    /**
     * @param mint mints a service token (client id, audience) for ManagedServiceIdentity; null when none can be minted
     */
    public void start(Platform platform, Path dataDir, AppSettings settings, BiFunction<String, String, String> mint,
            Duration tokenLifetime, boolean logRuns) {
        var identity = IdentitySettings.from(settings);
        access = new HttpAccess(NimbusAccessTokens.create(identity, null), identity);
        keys = WorkflowKeys.loadOrCreate(dataDir, project.workflows().stream().map(WorkflowDefinition::name).toList());
        if (project.workflows().isEmpty()) {
            // nothing to run: the platform is not touched, the ops routes list no workflows
            if (endpoints != null) {
                endpoints.attach(this);
            }
            return;
        }
        var appSettings = settings.asMap();
        var parameters = WorkflowParameters.evaluate(project, expressions, name -> appSettings.get(name));
        var tokens = new ManagedIdentityTokens(mint, tokenLifetime, Instant::now);
        var http = new HttpAction(OutgoingHttpCalls.counted("workflow Http actions", HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(10)).version(HttpClient.Version.HTTP_1_1).build()), tokens,
                Instant::now, Sleeper.threads());
        var queues = platform.queues();
        var topics = platform.topics();
        ServiceBusSender sender = (entity, message) -> send(queues, topics, entity, message);
        var parts = new EngineParts(expressions, new RunStore(platform.documents().container(RunStore.CONTAINER)),
                http, sender, Instant::now, name -> appSettings.get(name), parameters,
                Executors.newCachedThreadPool(WorkflowEngine.named("devhost-workflow-branch")), Sleeper.threads());
        engine = new WorkflowEngine(parts, project, settings.getInt(THREADS_SETTING, 64), logRuns);
        var resumed = engine.resume();
        for (var workflow : project.workflows()) {
            var type = workflow.trigger().path("type").asText();
            if (type.equals("ServiceProvider")) {
                triggers.add(new ServiceBusTrigger(engine, workflow, queues, topics));
            } else if (type.equals("Recurrence")) {
                triggers.add(new RecurrenceTrigger(engine, workflow));
            }
        }
        triggers.forEach(WorkflowTrigger::start);
        if (endpoints != null) {
            endpoints.attach(this);
        }
        if (!project.workflows().isEmpty()) {
            LOG.info("workflows: {} from {} ({} runs resumed)", project.workflows().size(), project.folder(), resumed);
        }
    }

    private static void send(com.cumulus.commerce.platform.messaging.Queues queues,
            com.cumulus.commerce.platform.messaging.Topics topics, String entity, OutgoingMessage message) {
        if (!topics.subscriptions(entity).isEmpty()) {
            topics.publish(entity, message);
        } else {
            queues.send(entity, message);
        }
    }

    /** The Request trigger's callback URL, as the portal shows it, under devhost's base URI. */
    public URI callbackUrl(URI baseUri, String workflow) {
        var definition = project.workflow(workflow);
        if (definition == null || keys == null) {
            throw new IllegalArgumentException("'workflow' must name a started workflow: " + workflow);
        }
        return URI.create(baseUri + "/" + workflow + "/triggers/" + definition.triggerName()
                + "/invoke?api-version=2022-05-01&sig=" + keys.signature(workflow));
    }

    /** Run documents written to the {@code workflow-runs} container since start. */
    public long runWrites() {
        return engine == null ? 0 : engine.parts().store().writes();
    }

    WorkflowDefinition workflow(String name) {
        return project.workflow(name);
    }

    WorkflowKeys keys() {
        return keys;
    }

    WorkflowEngine engine() {
        return engine;
    }

    HttpAccess access() {
        return access;
    }

    ObjectNode overview() {
        var answer = JsonNodeFactory.instance.objectNode();
        var items = answer.putArray("items");
        for (var workflow : project.workflows()) {
            var item = items.addObject();
            item.put("name", workflow.name());
            item.put("kind", workflow.kind());
            var trigger = item.putObject("trigger");
            trigger.put("name", workflow.triggerName());
            trigger.put("type", workflow.trigger().path("type").asText());
            var operation = workflow.trigger().path("inputs").path("serviceProviderConfiguration").path("operationId");
            if (!operation.isMissingNode()) {
                trigger.put("operationId", operation.asText());
            }
            var runs = item.putObject("runs");
            for (var status : List.of("Running", "Succeeded", "Failed", "Cancelled")) {
                runs.put(status, engine.parts().store().count(workflow.name(), status));
            }
        }
        return answer;
    }

    @Override
    public void close() {
        triggers.forEach(WorkflowTrigger::stop);
        if (engine != null) {
            engine.close(DRAIN);
        }
    }
}
