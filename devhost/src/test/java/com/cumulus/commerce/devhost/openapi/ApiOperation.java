package com.cumulus.commerce.devhost.openapi;

/**
 * One HTTP method on one path (without the route prefix), the function or operation id behind it, and whether
 * a function key is needed to call it.
 */
record ApiOperation(String method, String path, String name, boolean needsKey) {

    /** The part both sides must agree on to be the same route; the name is compared separately. */
    String route() {
        return method + " " + path;
    }
}
