package com.cumulus.commerce.catalog.application;

import com.cumulus.commerce.platform.kernel.Sku;
import com.cumulus.commerce.catalog.model.StockLevel;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Changes one SKU's stock level by read, decide, conditional replace, again on a lost race. Every lost race means
 * another writer's change landed, so with a bound above the number of competing writes a caller wins or is refused
 * on the merits; the jittered pause spreads out buyers who collided.
 */
final class StockWrites {

    static final int MAX_ATTEMPTS = 200;
    private static final long MAX_PAUSE_MICROS = 8_000;

    private final StockLevels stockLevels;

    StockWrites(StockLevels stockLevels) {
        this.stockLevels = Objects.requireNonNull(stockLevels, "'stockLevels' must not be null");
    }

    /** How one attempt decided on the level it read. */
    sealed interface Decision {
        record Write(StockLevel level) implements Decision {
        }

        record Skip() implements Decision {
        }

        record Refuse(long available) implements Decision {
        }

        static Decision of(Optional<StockLevel> next) {
            return next.<Decision>map(Write::new).orElseGet(Skip::new);
        }
    }

    /** What the change came to. */
    sealed interface Outcome {
        record Written(StockLevel level) implements Outcome {
        }

        /** The decision was to leave the level as it is. */
        record Unchanged() implements Outcome {
        }

        /** The SKU has no stock level. */
        record Missing() implements Outcome {
        }

        record Refused(long available) implements Outcome {
        }

        /** Lost {@link #MAX_ATTEMPTS} races in a row. */
        record Contended() implements Outcome {
        }
    }

    Outcome apply(Sku sku, Function<StockLevel, Decision> decide) {
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            var current = stockLevels.find(sku);
            if (current.isEmpty()) {
                return new Outcome.Missing();
            }
            var decision = decide.apply(current.get().value());
            if (decision instanceof Decision.Skip) {
                return new Outcome.Unchanged();
            }
            if (decision instanceof Decision.Refuse refuse) {
                return new Outcome.Refused(refuse.available());
            }
            var written = stockLevels.replace(((Decision.Write) decision).level(), current.get().etag());
            if (written.isPresent()) {
                return new Outcome.Written(written.get().value());
            }
            pause(attempt);
        }
        return new Outcome.Contended();
    }

    private static void pause(int attempt) {
        long ceiling = Math.min(MAX_PAUSE_MICROS, 50L << Math.min(attempt, 10));
        try {
            TimeUnit.MICROSECONDS.sleep(ThreadLocalRandom.current().nextLong(ceiling + 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while retrying a stock write", e);
        }
    }
}
