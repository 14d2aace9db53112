package com.cumulus.commerce.devhost.architecture.sample.functions;

import com.cumulus.commerce.devhost.architecture.sample.adapters.BreakingAdapter;

/** A function that parses its payload with an adapter, as the layering forbids. */
public final class BreakingFunction {

    public String run(String body) {
        return BreakingAdapter.parse(body);
    }
}
