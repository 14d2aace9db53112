package com.cumulus.commerce.benchmarks;

import java.time.Duration;
import java.util.function.IntConsumer;

/**
 * An adapter beside the bare SDK making the same calls: rounds of each side in turn, one thread, each side going
 * first in every other round so drift on a shared machine hits both alike. Each operation is given a key index
 * {@code 0 .. keys-1}, cycling.
 */
final class AlternatingRounds {

    private final int rounds;
    private final int keys;

    AlternatingRounds(int rounds, int keys) {
        this.rounds = rounds;
        this.keys = keys;
    }

    /** The operations per second of the adapter ({@code [0]}) and of the bare SDK ({@code [1]}) over all rounds. */
    double[] run(IntConsumer adapter, IntConsumer sdk, Duration round) {
        long[] counts = new long[2];
        long[] nanos = new long[2];
        for (int r = 0; r < rounds; r++) {
            for (int turn = 0; turn < 2; turn++) {
                int side = (turn + r) % 2; // each side goes first in every other round
                IntConsumer op = side == 0 ? adapter : sdk;
                long start = System.nanoTime();
                long deadline = start + round.toNanos();
                long n = 0;
                while (System.nanoTime() < deadline) {
                    op.accept((int) (n++ % keys));
                }
                counts[side] += n;
                nanos[side] += System.nanoTime() - start;
            }
        }
        return new double[] {counts[0] / (nanos[0] / 1e9), counts[1] / (nanos[1] / 1e9)};
    }

    /** One line: both figures and the adapter's share of the bare SDK's rate (goal: 0.9 or more). */
    static void print(String what, String adapterName, String sdkName, double[] perSecond) {
        System.out.printf("%-16s %s %8.0f   %s %8.0f   ratio %.2f%n",
                what, adapterName, perSecond[0], sdkName, perSecond[1], perSecond[0] / perSecond[1]);
    }
}
