package org.bridgeway.shared.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalLong;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import org.bridgeway.shared.reports.SuppressedTable.Cell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class SuppressedTableTest {

    /**
     * Each case: counts in, and the expected picture out. The picture has one line per row (cells, then row total)
     * and a last line of column totals and the grand total, entries separated by spaces.
     */
    static Stream<Arguments> tables() {
        return Stream.of(
                Arguments.of("no small cells: everything shown, five itself included",
                        new long[][] {{5, 6, 7}, {8, 9, 10}},
                        new String[] {
                            "5 6 7 18",
                            "8 9 10 27",
                            "13 15 17 45"}),
                Arguments.of("one small cell: a second cell in its row and in its column, then one to close the square",
                        new long[][] {{3, 10, 20}, {12, 8, 30}},
                        new String[] {
                            "<5 <5 20 33",
                            "<5 <5 30 50",
                            "15 18 50 83"}),
                Arguments.of("cascade: complements for columns leave lone hidden cells in rows, which need their own",
                        new long[][] {{2, 9, 30}, {40, 6, 50}, {7, 60, 70}},
                        new String[] {
                            "<5 <5 30 41",
                            "<5 <5 50 96",
                            "<5 <5 70 137",
                            "49 75 150 274"}),
                Arguments.of("small column total: another column total hides it from the grand total",
                        new long[][] {{1, 10, 20}, {2, 30, 40}},
                        new String[] {
                            "<5 <5 20 31",
                            "<5 <5 40 72",
                            "<5 <5 60 103"}),
                Arguments.of("small row total: another row total hides it from the grand total",
                        new long[][] {{1, 2}, {10, 30}, {20, 40}},
                        new String[] {
                            "<5 <5 <5",
                            "<5 <5 <5",
                            "20 40 60",
                            "31 72 103"}),
                Arguments.of("everything small, grand total included",
                        new long[][] {{1, 2}, {0, 1}},
                        new String[] {
                            "<5 <5 <5",
                            "<5 <5 <5",
                            "<5 <5 <5"}),
                Arguments.of("zero is a small count like any other",
                        new long[][] {{0, 20}, {30, 40}},
                        new String[] {
                            "<5 <5 20",
                            "<5 <5 70",
                            "30 60 90"}),
                Arguments.of("single column: the row total of the complementary cell is hidden, it equals the cell",
                        new long[][] {{3}, {10}, {20}},
                        new String[] {
                            "<5 <5",
                            "<5 <5",
                            "20 20",
                            "33 33"}),
                Arguments.of("single row: the column total of the complementary cell is hidden, it equals the cell",
                        new long[][] {{3, 10, 20}},
                        new String[] {
                            "<5 <5 20 33",
                            "<5 <5 20 33"}),
                Arguments.of("one small cell alone",
                        new long[][] {{4}},
                        new String[] {
                            "<5 <5",
                            "<5 <5"}),
                Arguments.of("one large cell alone",
                        new long[][] {{7}},
                        new String[] {
                            "7 7",
                            "7 7"}));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tables")
    void hidesExactlyTheExpectedEntries(String description, long[][] counts, String[] expectedPicture) {
        assertThat(picture(tableOf(counts))).containsExactly(expectedPicture);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tables")
    void handMadeTablesNeverLeaveALoneHiddenEntry(String description, long[][] counts, String[] expectedPicture) {
        assertSafe(counts);
    }

    @Test
    void randomTablesNeverLeaveALoneHiddenEntry() {
        Random random = new Random(42);
        for (int table = 0; table < 200; table++) {
            long[][] counts = new long[1 + random.nextInt(6)][1 + random.nextInt(6)];
            for (long[] row : counts) {
                for (int column = 0; column < row.length; column++) {
                    // About a third small, so most tables need complements and some need many.
                    row[column] = random.nextInt(3) == 0
                            ? random.nextInt(SuppressedTable.THRESHOLD)
                            : random.nextInt(60);
                }
            }
            assertSafe(counts);
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {0, 1, 2, 3, 4})
    void everySmallCountLooksTheSame(long small) {
        SuppressedTable table = tableOf(new long[][] {{small, 20}, {30, 40}});

        assertThat(picture(table)).containsExactly(
                "<5 <5 " + (20 + small),
                "<5 <5 70",
                (30 + small) + " 60 " + (90 + small));
        assertThat(table.cell(0, 0).shownCount()).isEmpty();
    }

    @Test
    void displayRowsHasAHeaderOneLinePerRowKeyAndATotalsLine() {
        SuppressedTable table = SuppressedTable.of(List.of("Under 12", "12 to 17"), List.of("North", "South", "East"),
                new long[][] {{3, 10, 20}, {12, 8, 30}});

        assertThat(table.displayRows("Age group", "Total")).containsExactly(
                List.of("Age group", "North", "South", "East", "Total"),
                List.of("Under 12", "<5", "<5", "20", "33"),
                List.of("12 to 17", "<5", "<5", "30", "50"),
                List.of("Total", "15", "18", "50", "83"));
        assertThat(table.rowKeys()).containsExactly("Under 12", "12 to 17");
        assertThat(table.columnKeys()).containsExactly("North", "South", "East");
    }

    @Test
    void shownEntriesGiveTheirCountAndHiddenOnesGiveNothing() {
        SuppressedTable table = tableOf(new long[][] {{3, 10, 20}, {12, 8, 30}});

        assertThat(table.cell(0, 2).suppressed()).isFalse();
        assertThat(table.cell(0, 2).shownCount()).isEqualTo(OptionalLong.of(20));
        assertThat(table.rowTotal(1).shownCount()).isEqualTo(OptionalLong.of(50));
        assertThat(table.columnTotal(0).shownCount()).isEqualTo(OptionalLong.of(15));
        assertThat(table.grandTotal().shownCount()).isEqualTo(OptionalLong.of(83));

        Cell small = table.cell(0, 0);
        Cell complement = table.cell(1, 0);
        assertThat(small.suppressed()).isTrue();
        assertThat(small.shownCount()).isEmpty();
        assertThat(small.toString()).isEqualTo("<5");
        // Hidden entries are indistinguishable from each other, whatever their real counts (3 and 12 here).
        assertThat(small).isEqualTo(complement).hasSameHashCodeAs(complement);
    }

    @Test
    void refusesCountsThatDoNotMatchTheKeysOrAreNegative() {
        List<String> twoKeys = List.of("a", "b");
        assertThatThrownBy(() -> SuppressedTable.of(twoKeys, twoKeys, new long[][] {{1, 2}}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SuppressedTable.of(twoKeys, twoKeys, new long[][] {{1, 2}, {3}}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SuppressedTable.of(twoKeys, twoKeys, new long[][] {{1, 2}, null}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SuppressedTable.of(twoKeys, twoKeys, new long[][] {{1, 2}, {3, -1}}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SuppressedTable.of(twoKeys, twoKeys, new long[][] {{Long.MAX_VALUE, 1}, {0, 0}}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> tableOf(new long[][] {{10}}).cell(0, 1))
                .isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void laterChangesToTheInputsDoNotReachTheTable() {
        long[][] counts = {{10, 20}, {30, 40}};
        List<String> rowKeys = new ArrayList<>(List.of("a", "b"));
        SuppressedTable table = SuppressedTable.of(rowKeys, List.of("x", "y"), counts);

        counts[0][0] = 1;
        rowKeys.set(0, "changed");

        assertThat(table.cell(0, 0).display()).isEqualTo("10");
        assertThat(table.rowKeys()).containsExactly("a", "b");
        assertThatThrownBy(() -> table.rowKeys().add("c")).isInstanceOf(UnsupportedOperationException.class);
    }

    /**
     * The rules, checked against the raw counts: small entries are hidden, shown entries are true, and no line (a row
     * or column of cells with its total, or the line of row totals or of column totals with the grand total) has
     * exactly one hidden entry, since that entry would be its total minus the others.
     */
    private static void assertSafe(long[][] counts) {
        SuppressedTable table = tableOf(counts);
        int rows = counts.length;
        int columns = counts[0].length;
        long[] rowTotals = Arrays.stream(counts).mapToLong(row -> LongStream.of(row).sum()).toArray();
        long[] columnTotals = IntStream.range(0, columns)
                .mapToLong(column -> Arrays.stream(counts).mapToLong(row -> row[column]).sum()).toArray();
        long grandTotal = LongStream.of(rowTotals).sum();
        String where = "in " + Arrays.deepToString(counts);

        for (int row = 0; row < rows; row++) {
            for (int column = 0; column < columns; column++) {
                assertTruthful(table.cell(row, column), counts[row][column], where);
            }
            assertTruthful(table.rowTotal(row), rowTotals[row], where);
        }
        for (int column = 0; column < columns; column++) {
            assertTruthful(table.columnTotal(column), columnTotals[column], where);
        }
        assertTruthful(table.grandTotal(), grandTotal, where);
        // Complements never reach the grand total: it is hidden only when it is small itself.
        assertThat(table.grandTotal().suppressed()).as(where).isEqualTo(grandTotal < SuppressedTable.THRESHOLD);

        for (int row = 0; row < rows; row++) {
            int r = row;
            assertNoLoneHiddenEntry(IntStream.range(0, columns).mapToObj(column -> table.cell(r, column)).toList(),
                    table.rowTotal(row), where + ", row " + row);
        }
        for (int column = 0; column < columns; column++) {
            int c = column;
            assertNoLoneHiddenEntry(IntStream.range(0, rows).mapToObj(row -> table.cell(row, c)).toList(),
                    table.columnTotal(column), where + ", column " + column);
        }
        assertNoLoneHiddenEntry(IntStream.range(0, rows).mapToObj(table::rowTotal).toList(), table.grandTotal(),
                where + ", row totals");
        assertNoLoneHiddenEntry(IntStream.range(0, columns).mapToObj(table::columnTotal).toList(), table.grandTotal(),
                where + ", column totals");
    }

    private static void assertTruthful(Cell entry, long count, String where) {
        if (count < SuppressedTable.THRESHOLD) {
            assertThat(entry.suppressed()).as("%d hidden %s", count, where).isTrue();
        }
        if (entry.suppressed()) {
            assertThat(entry.display()).isEqualTo("<5");
            assertThat(entry.shownCount()).isEmpty();
        } else {
            assertThat(entry.display()).as(where).isEqualTo(Long.toString(count));
            assertThat(entry.shownCount()).as(where).isEqualTo(OptionalLong.of(count));
        }
    }

    private static void assertNoLoneHiddenEntry(List<Cell> members, Cell total, String where) {
        long hiddenMembers = members.stream().filter(Cell::suppressed).count();
        if (!total.suppressed()) {
            assertThat(hiddenMembers).as("hidden members under a shown total %s", where).isNotEqualTo(1);
        } else {
            // A hidden total is the sum of its members, so it needs a hidden member beside it.
            assertThat(hiddenMembers).as("hidden members under a hidden total %s", where).isNotZero();
        }
    }

    private static SuppressedTable tableOf(long[][] counts) {
        List<String> rowKeys = IntStream.range(0, counts.length).mapToObj(row -> "row " + row).toList();
        List<String> columnKeys = IntStream.range(0, counts[0].length).mapToObj(column -> "column " + column).toList();
        return SuppressedTable.of(rowKeys, columnKeys, counts);
    }

    /** The displayed table without its labels, one space-separated line per row and a last line of totals. */
    private static List<String> picture(SuppressedTable table) {
        return table.displayRows("", "").stream()
                .skip(1)
                .map(line -> String.join(" ", line.subList(1, line.size())))
                .toList();
    }
}
