package com.cumulus.commerce.platform.idempotency;

import com.cumulus.commerce.platform.http.Problem;
import java.util.Objects;

/**
 * An answer as an idempotency record keeps it, to replay it to a retry: status, {@code Location} (or null) and
 * body (JSON, or problem+json from 400 on).
 */
public record StoredResponse(int status, String location, String body) {

    public StoredResponse {
        if (status < 200 || status > 599) {
            throw new IllegalArgumentException("'status' must be an HTTP status");
        }
        Objects.requireNonNull(body, "'body' must not be null");
    }

    /** A refusal, as problem+json. */
    public static StoredResponse of(Problem problem) {
        return new StoredResponse(problem.status(), null, problem.toJson());
    }

    public boolean isProblem() {
        return status >= 400;
    }

    /** Only a success is kept: a refused or failed request frees its key, so the client can fix the cause. */
    public boolean worthKeeping() {
        return status < 300;
    }
}
