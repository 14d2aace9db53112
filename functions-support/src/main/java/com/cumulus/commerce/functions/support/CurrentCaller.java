package com.cumulus.commerce.functions.support;

import com.cumulus.commerce.platform.identity.Caller;
import java.util.concurrent.Callable;

/**
 * Who is calling, for the function the {@link HttpGuard} let through. A function runs on the thread that
 * runs its middleware chain (in Azure's Java worker and in devhost), so the caller is held for that thread
 * and that call only; outside a guarded call it is anonymous.
 */
public final class CurrentCaller {

    private static final ThreadLocal<Caller> CALLER = new ThreadLocal<>();

    private CurrentCaller() {
    }

    public static Caller get() {
        Caller caller = CALLER.get();
        return caller == null ? Caller.anonymous() : caller;
    }

    static <T> T callAs(Caller caller, Callable<T> work) throws Exception {
        Caller previous = CALLER.get();
        CALLER.set(caller);
        try {
            return work.call();
        } finally {
            if (previous == null) {
                CALLER.remove();
            } else {
                CALLER.set(previous);
            }
        }
    }
}
