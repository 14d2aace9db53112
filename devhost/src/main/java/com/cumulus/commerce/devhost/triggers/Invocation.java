package com.cumulus.commerce.devhost.triggers;

/** Calls the function with its trigger input; {@code retryCount} is 0 on the first attempt. */
@FunctionalInterface
public interface Invocation<T> {

    void invoke(T input, int retryCount) throws Exception;
}
