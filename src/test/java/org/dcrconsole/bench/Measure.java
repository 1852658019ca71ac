package org.dcrconsole.bench;

import java.util.Arrays;
import java.util.concurrent.Callable;

/** Repeats a piece of work and reports its median and 95th-percentile time in milliseconds. */
final class Measure {

    record Timing(double medianMs, double p95Ms, int runs) {
    }

    private Measure() {
    }

    static Timing time(int warmup, int runs, Callable<?> work) {
        try {
            for (int i = 0; i < warmup; i++) {
                work.call();
            }
            double[] ms = new double[runs];
            for (int i = 0; i < runs; i++) {
                long t = System.nanoTime();
                work.call();
                ms[i] = (System.nanoTime() - t) / 1e6;
            }
            Arrays.sort(ms);
            return new Timing(ms[runs / 2], ms[Math.min(runs - 1, (int) Math.ceil(runs * 0.95) - 1)], runs);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
