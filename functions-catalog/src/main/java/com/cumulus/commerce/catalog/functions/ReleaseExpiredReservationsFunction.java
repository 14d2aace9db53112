package com.cumulus.commerce.catalog.functions;

import com.cumulus.commerce.catalog.application.ReleaseExpiredReservations;
import com.microsoft.azure.functions.ExecutionContext;
import com.microsoft.azure.functions.annotation.FunctionName;
import com.microsoft.azure.functions.annotation.TimerTrigger;
import java.util.Objects;

/** Gives back the stock of reservations whose hold ran out, on the schedule {@code CATALOG_RESERVATION_SWEEP_SCHEDULE}. */
public final class ReleaseExpiredReservationsFunction {

    private final ReleaseExpiredReservations releaseExpiredReservations;

    public ReleaseExpiredReservationsFunction(ReleaseExpiredReservations releaseExpiredReservations) {
        this.releaseExpiredReservations = Objects.requireNonNull(releaseExpiredReservations,
                "'releaseExpiredReservations' must not be null");
    }

    @FunctionName("ReleaseExpiredReservations")
    public void run(@TimerTrigger(name = "timer", schedule = "%CATALOG_RESERVATION_SWEEP_SCHEDULE%") String timer,
                    ExecutionContext context) {
        int expired = releaseExpiredReservations.sweep();
        if (expired > 0) {
            context.getLogger().info("expired " + expired + " stock reservations");
        }
    }
}
