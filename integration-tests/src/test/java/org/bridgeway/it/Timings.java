package org.bridgeway.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import javax.sql.DataSource;

/**
 * What the benchmarks share: server-time measurements (a warm-up, then the median and 95th percentile of n calls),
 * one-number SQL, row counts of the generated data, and writing the figures out.
 */
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

    /** The first column of the first row (a count, an id, a returned id). */
    static long first(DataSource dataSource, String sql) throws SQLException {
        try (var c = dataSource.getConnection(); var s = c.createStatement(); var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** "table=rows, …" for the tables, to print with the figures. */
    static String rowCounts(DataSource dataSource, List<String> tables) throws SQLException {
        List<String> counts = new ArrayList<>();
        for (String table : tables) {
            counts.add(table + "=" + first(dataSource, "select count(*) from " + table));
        }
        return String.join(", ", counts);
    }

    /**
     * Prints the figures ("[bench] …", also in the server log) and writes them to fileName beside
     * BRIDGEWAY_BENCH_RESULTS (integration-tests/target under -Pbench), else in the temporary directory.
     */
    static void report(String fileName, List<String> lines) throws IOException {
        lines.forEach(line -> System.out.println("[bench] " + line));
        Path out = Path.of(System.getenv().getOrDefault("BRIDGEWAY_BENCH_RESULTS",
                System.getProperty("java.io.tmpdir") + "/bench-results.txt")).resolveSibling(fileName);
        Files.write(out, lines);
    }
}
