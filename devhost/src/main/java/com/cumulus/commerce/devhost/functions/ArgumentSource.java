package com.cumulus.commerce.devhost.functions;

/** Produces one method argument for an invocation; built once per parameter at start-up. */
@FunctionalInterface
interface ArgumentSource {

    Object resolve(InvocationFrame frame) throws Exception;
}
