package com.cumulus.commerce.devhost.architecture.sample.adapters;

/** An adapter a function must not reach; the architecture test's own check that its rules bite. */
public final class BreakingAdapter {

    public static String parse(String text) {
        return text;
    }
}
