package com.cumulus.commerce.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;

/**
 * The threads of a load generator that shares the JVM with the host it loads, so that their CPU time can be
 * told apart from the host's: the threads it starts, its HTTP client's executor and selector, and the thread
 * that made it.
 */
final class LoadThreads {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final Map<Long, Thread> threads = new ConcurrentHashMap<>();

    LoadThreads() {
        add(Thread.currentThread());
    }

    Thread thread(Runnable runnable, String name) {
        var thread = new Thread(runnable, name);
        thread.setDaemon(true);
        add(thread);
        return thread;
    }

    /** A client whose threads count as the load generator's. */
    HttpClient client() {
        var before = new HashSet<Long>();
        Thread.getAllStackTraces().keySet().forEach(thread -> before.add(thread.getId()));
        var client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                .executor(Executors.newFixedThreadPool(2, runnable -> thread(runnable, "benchmark-http"))).build();
        // the client's selector thread starts with the client and has no name of ours
        Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> !before.contains(thread.getId()) && thread.getName().startsWith("HttpClient-"))
                .forEach(this::add);
        return client;
    }

    /** CPU time of each live thread of the load generator, by thread id. */
    Map<Long, Long> cpuNanos() {
        var cpu = new HashMap<Long, Long>();
        threads.forEach((id, thread) -> {
            long nanos = THREADS.getThreadCpuTime(id);
            if (nanos >= 0) {
                cpu.put(id, nanos);
            }
        });
        return cpu;
    }

    static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private void add(Thread thread) {
        threads.put(thread.getId(), thread);
    }
}
