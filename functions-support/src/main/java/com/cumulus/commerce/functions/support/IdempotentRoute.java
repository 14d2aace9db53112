package com.cumulus.commerce.functions.support;

import com.cumulus.commerce.platform.http.Problem;
import com.cumulus.commerce.platform.idempotency.IdempotencyKeys;
import com.cumulus.commerce.platform.idempotency.IdempotentOutcome;
import com.cumulus.commerce.platform.idempotency.IdempotentRequests;
import com.cumulus.commerce.platform.idempotency.StoredResponse;
import com.cumulus.commerce.platform.kernel.Checked;
import com.microsoft.azure.functions.HttpRequestMessage;
import com.microsoft.azure.functions.HttpResponseMessage;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The HTTP side of the {@code Idempotency-Key}, the same for every route that takes one: the header is required
 * and checked ({@code idempotency-key-required}, {@code invalid-idempotency-key}); the call runs once per caller
 * and key; a retry with the same request gets the stored answer with {@code Idempotent-Replayed: true}; another
 * request under the key gets 422 {@code idempotency-key-reused}; a duplicate while the first runs gets 409
 * {@code idempotency-key-in-flight}.
 */
public final class IdempotentRoute {

    public static final String KEY_HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";

    private final IdempotentRequests requests;

    public IdempotentRoute(IdempotentRequests requests) {
        this.requests = Objects.requireNonNull(requests, "'requests' must not be null");
    }

    /** The request's key, or the 400 problem that says what is wrong with it. */
    public static Checked<String, Problem> key(HttpRequestMessage<?> request) {
        var key = RequestHeaders.find(request, KEY_HEADER);
        if (key.isEmpty()) {
            return Checked.refused(IdempotencyProblems.required());
        }
        if (!IdempotencyKeys.isValid(key.get())) {
            return Checked.refused(IdempotencyProblems.invalid());
        }
        return Checked.valid(key.get());
    }

    /**
     * Runs {@code call} once for {@code caller} and {@code key} and answers it, or replays or refuses.
     *
     * @param body the request body as the route read it: with the method and path, it says whether a retry is
     *             the same request
     */
    public Answer run(HttpRequestMessage<?> request, String caller, String key, Object body,
            Supplier<StoredResponse> call) {
        var fingerprint = IdempotentRequests.fingerprint(request.getHttpMethod().name(), request.getUri().getPath(),
                body);
        var outcome = requests.run(caller, key, fingerprint, call);
        if (outcome instanceof IdempotentOutcome.KeyReused) {
            return Answer.problem(IdempotencyProblems.reused());
        }
        if (outcome instanceof IdempotentOutcome.InFlight) {
            return Answer.problem(IdempotencyProblems.inFlight());
        }
        var answered = (IdempotentOutcome.Answered) outcome;
        return stored(answered.response(), answered.replayed());
    }

    /** {@link #run}, written out. */
    public HttpResponseMessage answer(HttpRequestMessage<?> request, String caller, String key, Object body,
            Supplier<StoredResponse> call) {
        return run(request, caller, key, body, call).write(request);
    }

    /** A stored answer; a problem gets the request's path as its instance when written. */
    public static Answer stored(StoredResponse response, boolean replayed) {
        var answer = Answer.written(response.status(), response.body());
        if (response.location() != null) {
            answer = answer.header("Location", response.location());
        }
        return replayed ? answer.header(REPLAYED_HEADER, "true") : answer;
    }
}
