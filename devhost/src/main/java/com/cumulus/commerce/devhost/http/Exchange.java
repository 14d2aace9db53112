package com.cumulus.commerce.devhost.http;

import com.cumulus.commerce.platform.http.Problem;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * One request in flight. Whichever comes first answers it, the function or the timeout; the other finds it
 * answered and does nothing.
 */
final class Exchange {

    private final Response response;
    private final Callback callback;
    private final AtomicBoolean answered = new AtomicBoolean();
    final String functionName;
    final String invocationId;
    final long deadlineNanos;

    Exchange(Response response, Callback callback, String functionName, String invocationId, long deadlineNanos) {
        this.response = response;
        this.callback = callback;
        this.functionName = functionName;
        this.invocationId = invocationId;
        this.deadlineNanos = deadlineNanos;
    }

    boolean answer(ResponseWriter.Encoded encoded) {
        if (!answered.compareAndSet(false, true)) {
            return false;
        }
        ResponseWriter.write(response, callback, encoded);
        return true;
    }

    boolean answer(Problem problem) {
        if (!answered.compareAndSet(false, true)) {
            return false;
        }
        ResponseWriter.problem(response, callback, problem);
        return true;
    }
}
