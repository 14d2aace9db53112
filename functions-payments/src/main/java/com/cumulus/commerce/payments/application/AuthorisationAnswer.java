package com.cumulus.commerce.payments.application;

import com.cumulus.commerce.payments.model.PspOutcome;
import java.util.Optional;

/** The PSP's answer to an authorisation request, or the lack of one. */
public sealed interface AuthorisationAnswer {

    /** The answer as an outcome to finalise; empty when the PSP did not answer. */
    Optional<PspOutcome> outcome();

    record Answered(PspOutcome answer) implements AuthorisationAnswer {
        @Override
        public Optional<PspOutcome> outcome() {
            return Optional.of(answer);
        }
    }

    /** Timed out or unreachable: the PSP may or may not hold an authorisation. */
    record Unknown(String reason) implements AuthorisationAnswer {
        @Override
        public Optional<PspOutcome> outcome() {
            return Optional.empty();
        }
    }
}
