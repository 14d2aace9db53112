package com.cumulus.commerce.payments.model;

import java.util.Objects;

/** What the PSP said about an authorisation, through its answer, a webhook or a status query. */
public sealed interface PspOutcome {

    String pspReference();

    record Authorised(String pspReference) implements PspOutcome {
        public Authorised {
            Objects.requireNonNull(pspReference, "'pspReference' must not be null");
        }
    }

    record Declined(String pspReference, String reason) implements PspOutcome {
        public Declined {
            Objects.requireNonNull(reason, "'reason' must not be null");
        }
    }

    /** Still deciding; the PSP reference is known, the outcome follows by webhook. */
    record Pending(String pspReference) implements PspOutcome {
        public Pending {
            Objects.requireNonNull(pspReference, "'pspReference' must not be null");
        }
    }

    /** The PSP took the money; implies the authorisation. */
    record Captured(String pspReference) implements PspOutcome {
    }

    /** The PSP returned money; a confirmation of a refund we asked for. */
    record Refunded(String pspReference) implements PspOutcome {
    }
}
