package com.cumulus.commerce.devhost.openapi;

/**
 * One HTTP method on one path (without the route prefix), the function or operation id behind it, and what a
 * caller must present: {@link #NONE}, {@link #FUNCTION_KEY}, {@link #BEARER} or {@link #OPTIONAL_BEARER} (a
 * customer's token if there is one, else nothing: OpenAPI's {@code [{}, {bearer: []}]}); a function without an
 * {@code @Access} policy is {@link #UNDECLARED}.
 */
record ApiOperation(String method, String path, String name, String security) {

    static final String NONE = "none";
    static final String FUNCTION_KEY = "function key";
    static final String BEARER = "bearer token";
    static final String OPTIONAL_BEARER = "bearer token or none";
    static final String UNDECLARED = "no @Access policy";

    /** The part both sides must agree on to be the same route; the name is compared separately. */
    String route() {
        return method + " " + path;
    }
}
