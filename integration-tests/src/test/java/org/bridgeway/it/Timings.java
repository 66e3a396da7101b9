package org.bridgeway.it;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;

/** Server-time measurements for the benchmarks: a warm-up, then the median and 95th percentile of n calls. */
final class Timings {

    private Timings() {
    }

    static String measure(String label, int warmUp, int measured, Callable<?> call) throws Exception {
        for (int i = 0; i < warmUp; i++) {
            call.call();
        }
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < measured; i++) {
            long start = System.nanoTime();
            call.call();
            millis.add((System.nanoTime() - start) / 1e6);
        }
        Collections.sort(millis);
        return String.format("%-56s median %7.1f ms   p95 %7.1f ms   (n=%d)", label, millis.get(measured / 2),
                millis.get(measured * 95 / 100), measured);
    }
}
