package com.cumulus.commerce.devhost.functions;

/** Where an output binding's value goes once the invocation has succeeded. */
interface OutputTarget {

    /** Writes the value (one item, or many for arrays and collections); null writes nothing. */
    void write(Object value, String traceparent);
}
