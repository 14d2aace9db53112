package com.cumulus.commerce.devhost.triggers;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Objects;

/**
 * One timer firing as the Functions {@code TimerInfo} binding sees it: the occurrence it stands for, the previous
 * one (null on the first firing), the next one, and whether it ran late.
 */
public record TimerFire(Instant scheduled, Instant last, Instant next, boolean isPastDue) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public TimerFire {
        Objects.requireNonNull(scheduled, "'scheduled' must not be null");
        Objects.requireNonNull(next, "'next' must not be null");
    }

    /**
     * The Functions TimerInfo JSON:
     * {@code {"Schedule":{"AdjustForDST":true},"ScheduleStatus":{"Last":..,"Next":..,"LastUpdated":..},"IsPastDue":false}},
     * instants in ISO-8601; {@code Last} is null before the first firing.
     */
    public String toJson() {
        ObjectNode root = JSON.createObjectNode();
        root.putObject("Schedule").put("AdjustForDST", true);
        ObjectNode status = root.putObject("ScheduleStatus");
        status.put("Last", last == null ? null : last.toString());
        status.put("Next", next.toString());
        status.put("LastUpdated", scheduled.toString());
        root.put("IsPastDue", isPastDue);
        return root.toString();
    }
}
