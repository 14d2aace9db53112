package com.cumulus.commerce.orders.functions;

import com.cumulus.commerce.platform.http.Problem;

/** An answer worked out before it is written: a JSON body with a status, or a problem. */
record Reply(int status, Object body, Problem problem) {

    static Reply ok(Object body) {
        return new Reply(200, body, null);
    }

    static Reply refused(Problem problem) {
        return new Reply(problem.status(), null, problem);
    }
}
