package com.cumulus.commerce.devhost.http;

import com.cumulus.commerce.devhost.functions.HttpEndpoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The HTTP functions' routes, compiled once and ordered by precedence. A path that matches a route but not
 * its methods is told which methods it allows.
 */
public final class HttpRoutes {

    private static final List<String> ANY_METHOD = List.of("DELETE", "GET", "HEAD", "PATCH", "POST", "PUT");

    private final Route[] routes;

    private HttpRoutes(List<Route> routes) {
        this.routes = routes.stream().sorted().toArray(Route[]::new);
    }

    /** Compiles every endpoint's route, adding one line per bad template to {@code problems}. */
    public static HttpRoutes compile(List<HttpEndpoint> endpoints, List<String> problems) {
        var routes = new ArrayList<Route>();
        for (var endpoint : endpoints) {
            try {
                routes.add(new Route(RouteTemplate.parse(endpoint.route()), endpoint));
            } catch (IllegalArgumentException e) {
                problems.add("function '" + endpoint.functionName() + "': binding (@HttpTrigger): " + e.getMessage());
            }
        }
        return new HttpRoutes(routes);
    }

    /** One line per route for the start-up listing: methods, route, auth level. */
    public List<String> describe(String routePrefix) {
        var lines = new ArrayList<String>();
        var prefix = routePrefix.isEmpty() ? "" : "/" + routePrefix;
        for (var route : routes) {
            var endpoint = route.endpoint();
            var methods = endpoint.methods().isEmpty() ? "*" : String.join(",", new TreeSet<>(endpoint.methods()));
            lines.add(String.format("%-12s %s/%s (%s, %s)", methods, prefix, route.template().text(),
                    endpoint.functionName(), endpoint.authLevel()));
        }
        return lines;
    }

    int size() {
        return routes.length;
    }

    /** The route for the path segments and method; see {@link Match}. */
    Match match(String method, String[] path) {
        TreeSet<String> allowed = null;
        for (var route : routes) {
            var values = route.template().match(path);
            if (values == null) {
                continue;
            }
            var methods = route.endpoint().methods();
            if (methods.isEmpty() || methods.contains(method)) {
                return new Match(route.endpoint(), values, null);
            }
            if (allowed == null) {
                allowed = new TreeSet<>();
            }
            allowed.addAll(methods);
        }
        return new Match(null, Map.of(), allowed == null ? null : String.join(", ", allowed));
    }

    /**
     * Every method some route takes at the path, for CORS preflights; a route that takes any method
     * contributes the common ones. Empty when no route matches the path.
     */
    java.util.Set<String> methodsAt(String[] path) {
        var methods = new TreeSet<String>();
        for (var route : routes) {
            if (route.template().match(path) != null) {
                var taken = route.endpoint().methods();
                methods.addAll(taken.isEmpty() ? ANY_METHOD : taken);
            }
        }
        return methods;
    }

    /** An endpoint with its route values; or none, with the Allow header value when the path alone matched. */
    record Match(HttpEndpoint endpoint, Map<String, String> values, String allow) {
    }

    private record Route(RouteTemplate template, HttpEndpoint endpoint) implements Comparable<Route> {

        @Override
        public int compareTo(Route other) {
            return template.compareTo(other.template);
        }
    }
}
