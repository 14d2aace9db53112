package com.cumulus.commerce.devhost.triggers;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/** Daemon threads named {@code trigger-<function>-N}, so a thread dump says which function a thread serves. */
final class ListenerThreads implements ThreadFactory {

    private final String prefix;
    private final AtomicInteger count = new AtomicInteger();

    ListenerThreads(String functionName) {
        this.prefix = "trigger-" + functionName + "-";
    }

    @Override
    public Thread newThread(Runnable task) {
        Thread thread = new Thread(task, prefix + count.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    }
}
