package com.cumulus.commerce.devhost.http;

import java.util.concurrent.atomic.LongAdder;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/** The HTTP functions on Jetty 12's core API, listening on loopback only. */
public final class HttpHost implements AutoCloseable {

    private static final long GRACEFUL_STOP_MILLIS = 30_000;

    private final Server server;
    private final ServerConnector connector;
    private final LongAdder served = new LongAdder();
    private volatile InvocationWatchdog watchdog;

    private HttpHost(Server server, ServerConnector connector) {
        this.server = server;
        this.connector = connector;
    }

    /** Starts listening on 127.0.0.1 at the options' port. @throws Exception when Jetty cannot start */
    public static HttpHost start(HttpRoutes routes, HttpHostOptions options) throws Exception {
        return start(routes, options, new Handler.Sequence());
    }

    /**
     * As {@link #start(HttpRoutes, HttpHostOptions)}, with the host's own endpoints (outside the route
     * prefix) asked first: a handler that does not take a request returns false and the functions get it.
     */
    public static HttpHost start(HttpRoutes routes, HttpHostOptions options, Handler hostEndpoints)
            throws Exception {
        return start(routes, options, hostEndpoints, EdgeSettings.none());
    }

    /**
     * As {@link #start(HttpRoutes, HttpHostOptions, Handler)}, with the edge settings (custom headers, CORS)
     * applied to every response, the host's endpoints and Jetty's own error answers included.
     */
    public static HttpHost start(HttpRoutes routes, HttpHostOptions options, Handler hostEndpoints,
            EdgeSettings edge) throws Exception {
        var host = open(options.port());
        host.serve(routes, options, hostEndpoints, edge);
        return host;
    }

    /**
     * Binds 127.0.0.1 at {@code port} (0 picks a free one) without serving yet, so the port is known before the
     * apps read their settings; {@link #serve} starts answering. @throws Exception when the port cannot be bound
     */
    public static HttpHost open(int port) throws Exception {
        var threads = new QueuedThreadPool();
        threads.setName("devhost-http");
        var server = new Server(threads);
        var config = new HttpConfiguration();
        // Product and version headers only help an attacker pick an exploit (OWASP API8).
        config.setSendServerVersion(false);
        config.setSendXPoweredBy(false);
        var connector = new ServerConnector(server, new HttpConnectionFactory(config));
        connector.setHost("127.0.0.1");
        connector.setPort(port);
        server.addConnector(connector);
        connector.open();
        return new HttpHost(server, connector);
    }

    /** Starts serving on the bound port. @throws Exception when Jetty cannot start */
    public void serve(HttpRoutes routes, HttpHostOptions options, Handler hostEndpoints, EdgeSettings edge)
            throws Exception {
        watchdog = new InvocationWatchdog(options.invocationTimeout());
        var functions = new FunctionsHandler(routes, options, watchdog);
        server.setHandler(new GracefulHandler(new EdgeHandler(edge, functions::methodsAt, served,
                new Handler.Sequence(hostEndpoints, functions))));
        server.setErrorHandler(new ProblemErrorHandler(edge.customHeaders()));
        server.setStopTimeout(GRACEFUL_STOP_MILLIS);
        try {
            server.start();
        } catch (Exception e) {
            close();
            throw e;
        }
    }

    public int port() {
        return connector.getLocalPort();
    }

    /** Requests served since start: functions, workflow triggers, the host's own endpoints, preflights. */
    public long requestsServed() {
        return served.sum();
    }

    /** Stops accepting, lets requests in flight finish (up to 30 s), then stops. */
    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException("the HTTP host did not stop cleanly", e);
        } finally {
            if (watchdog != null) {
                watchdog.close();
            }
            connector.close();
        }
    }
}
