package org.bridgeway.shared.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * A two-way table of counts with row, column and grand totals, made safe to publish: no group smaller than
 * {@link #THRESHOLD} people can be read off it, neither directly nor by subtracting shown numbers from a shown total.
 * Reports about minors and immigrants go through this class before any screen or export sees a number.
 *
 * <h2>Rules</h2>
 * <ol>
 *   <li><b>Primary suppression.</b> Every cell and every total below {@link #THRESHOLD} (zero included) is shown as
 *       {@value #SUPPRESSED_DISPLAY}. Zero is not special: "nobody" in a small group is itself a disclosure.</li>
 *   <li><b>Complementary suppression.</b> Think of the table with its margins as one grid of
 *       {@code (rows + 1) x (columns + 1)} entries, where the last row holds the column totals and the last column the
 *       row totals, the grand total in the corner. Every row and every column of that grid is a <em>line</em>: its
 *       members add up to its total. If a line has exactly one hidden entry, that entry is the total minus the shown
 *       ones, so a second entry of that line is hidden too:
 *       <ul>
 *         <li>the smallest shown member (ties: the first by index), which hides the least information;</li>
 *         <li>or, when the line has a single member (a one-column or one-row table), its total, because the total
 *             equals that member.</li>
 *       </ul>
 *       All lines are checked again until none changes, because hiding an entry for one line can leave another line
 *       with a lone hidden entry.</li>
 * </ol>
 * The last row and column count as lines on purpose: a column total under the threshold would otherwise be the grand
 * total minus the other column totals.
 *
 * <p>Known limit: "never exactly one hidden entry per line" is the usual rule for tables like these, but it is a
 * necessary condition, not a proof of safety. In large sparse tables a hidden entry can still be pinned down through a
 * chain of lines, and ranges can always be narrowed. Reports with many small groups should use coarser categories.
 *
 * <p>Instances are immutable. The raw counts of hidden entries are dropped once the table is built, so nothing read
 * from it (including {@link Cell#toString()}) can reveal them.
 */
public final class SuppressedTable {

    /** Smallest count that may be shown. */
    public static final int THRESHOLD = 5;

    /** What a hidden entry shows, whatever its real value. */
    public static final String SUPPRESSED_DISPLAY = "<" + THRESHOLD;

    private final List<String> rowKeys;
    private final List<String> columnKeys;
    /** The extended grid: {@code [rows][columns]} are the cells, the last column row totals, the last row column
     * totals and {@code [rows][columns]} the grand total. */
    private final Cell[][] grid;

    private SuppressedTable(List<String> rowKeys, List<String> columnKeys, Cell[][] grid) {
        this.rowKeys = rowKeys;
        this.columnKeys = columnKeys;
        this.grid = grid;
    }

    /**
     * Builds the table and applies the suppression rules.
     *
     * @param rowKeys    labels of the rows, in display order
     * @param columnKeys labels of the columns, in display order
     * @param counts     {@code counts[row][column]}, non-negative; copied, so later changes to it do not matter
     * @throws IllegalArgumentException if {@code counts} does not have one row of {@code columnKeys.size()} counts
     *                                  per row key, if a count is negative, or if a total does not fit a long
     * @throws NullPointerException     if an argument or a key is null
     */
    public static SuppressedTable of(List<String> rowKeys, List<String> columnKeys, long[][] counts) {
        List<String> rows = List.copyOf(rowKeys);
        List<String> columns = List.copyOf(columnKeys);
        Objects.requireNonNull(counts, "counts");
        if (counts.length != rows.size()) {
            throw new IllegalArgumentException(
                    "counts has " + counts.length + " rows but there are " + rows.size() + " row keys");
        }
        int rowCount = rows.size();
        int columnCount = columns.size();
        long[][] values = new long[rowCount + 1][columnCount + 1];
        for (int row = 0; row < rowCount; row++) {
            if (counts[row] == null || counts[row].length != columnCount) {
                throw new IllegalArgumentException("counts row " + row + " has "
                        + (counts[row] == null ? "no" : counts[row].length) + " counts but there are "
                        + columnCount + " column keys");
            }
            for (int column = 0; column < columnCount; column++) {
                long count = counts[row][column];
                if (count < 0) {
                    throw new IllegalArgumentException(
                            "count at row " + row + ", column " + column + " is negative: " + count);
                }
                values[row][column] = count;
                values[row][columnCount] = add(values[row][columnCount], count);
                values[rowCount][column] = add(values[rowCount][column], count);
                values[rowCount][columnCount] = add(values[rowCount][columnCount], count);
            }
        }

        boolean[][] hidden = new boolean[rowCount + 1][columnCount + 1];
        for (int row = 0; row <= rowCount; row++) {
            for (int column = 0; column <= columnCount; column++) {
                hidden[row][column] = values[row][column] < THRESHOLD;
            }
        }
        hideComplements(values, hidden);

        Cell[][] grid = new Cell[rowCount + 1][columnCount + 1];
        for (int row = 0; row <= rowCount; row++) {
            for (int column = 0; column <= columnCount; column++) {
                grid[row][column] = hidden[row][column] ? Cell.HIDDEN : new Cell(values[row][column]);
            }
        }
        return new SuppressedTable(rows, columns, grid);
    }

    private static long add(long total, long count) {
        try {
            return Math.addExact(total, count);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("counts add up to more than a long can hold", e);
        }
    }

    /** Hides second entries until no line of the extended grid has exactly one hidden entry. */
    private static void hideComplements(long[][] values, boolean[][] hidden) {
        int rowCount = values.length - 1;
        int columnCount = values[0].length - 1;
        // Each line lists its members' positions, then its total's position last.
        List<int[][]> lines = new ArrayList<>();
        for (int row = 0; row <= rowCount; row++) {
            int[][] line = new int[columnCount + 1][];
            for (int column = 0; column <= columnCount; column++) {
                line[column] = new int[] {row, column};
            }
            lines.add(line);
        }
        for (int column = 0; column <= columnCount; column++) {
            int[][] line = new int[rowCount + 1][];
            for (int row = 0; row <= rowCount; row++) {
                line[row] = new int[] {row, column};
            }
            lines.add(line);
        }

        boolean changed;
        do {
            changed = false;
            for (int[][] line : lines) {
                changed |= hideComplement(line, values, hidden);
            }
        } while (changed);
    }

    /** Hides one more entry of {@code line} if exactly one is hidden; tells whether it did. */
    private static boolean hideComplement(int[][] line, long[][] values, boolean[][] hidden) {
        int memberCount = line.length - 1;
        if (memberCount == 0) {
            return false; // an empty line's total is 0, hidden, and there is nothing it could give away
        }
        int hiddenEntries = 0;
        for (int[] position : line) {
            if (hidden[position[0]][position[1]]) {
                hiddenEntries++;
            }
        }
        if (hiddenEntries != 1) {
            return false;
        }
        int[] total = line[memberCount];
        int[] chosen;
        if (memberCount == 1 && !hidden[total[0]][total[1]]) {
            chosen = total; // the total equals the single member
        } else {
            chosen = null;
            for (int index = 0; index < memberCount; index++) {
                int[] member = line[index];
                if (!hidden[member[0]][member[1]]
                        && (chosen == null || values[member[0]][member[1]] < values[chosen[0]][chosen[1]])) {
                    chosen = member;
                }
            }
        }
        hidden[chosen[0]][chosen[1]] = true;
        return true;
    }

    public List<String> rowKeys() {
        return rowKeys;
    }

    public List<String> columnKeys() {
        return columnKeys;
    }

    /** @throws IndexOutOfBoundsException if {@code row} or {@code column} is outside the table */
    public Cell cell(int row, int column) {
        return grid[Objects.checkIndex(row, rowKeys.size())][Objects.checkIndex(column, columnKeys.size())];
    }

    /** @throws IndexOutOfBoundsException if {@code row} is outside the table */
    public Cell rowTotal(int row) {
        return grid[Objects.checkIndex(row, rowKeys.size())][columnKeys.size()];
    }

    /** @throws IndexOutOfBoundsException if {@code column} is outside the table */
    public Cell columnTotal(int column) {
        return grid[rowKeys.size()][Objects.checkIndex(column, columnKeys.size())];
    }

    public Cell grandTotal() {
        return grid[rowKeys.size()][columnKeys.size()];
    }

    /**
     * The table as text, ready for a screen or a CSV/XLSX export: a header row
     * ({@code rowHeader}, the column keys, {@code totalLabel}), one row per row key (the key, its cells, its total),
     * and a last row ({@code totalLabel}, the column totals, the grand total). Every row has {@code columns + 2}
     * entries. The returned lists are unmodifiable.
     */
    public List<List<String>> displayRows(String rowHeader, String totalLabel) {
        Objects.requireNonNull(rowHeader, "rowHeader");
        Objects.requireNonNull(totalLabel, "totalLabel");
        List<List<String>> rows = new ArrayList<>(rowKeys.size() + 2);
        List<String> header = new ArrayList<>(columnKeys.size() + 2);
        header.add(rowHeader);
        header.addAll(columnKeys);
        header.add(totalLabel);
        rows.add(List.copyOf(header));
        for (int row = 0; row <= rowKeys.size(); row++) {
            List<String> line = new ArrayList<>(columnKeys.size() + 2);
            line.add(row < rowKeys.size() ? rowKeys.get(row) : totalLabel);
            for (Cell entry : grid[row]) {
                line.add(entry.display());
            }
            rows.add(List.copyOf(line));
        }
        return List.copyOf(rows);
    }

    /**
     * One entry of the table: a cell or a total. A hidden entry does not hold its count at all, so it cannot leak;
     * two hidden entries are equal whatever their real counts were.
     */
    public static final class Cell {

        private static final Cell HIDDEN = new Cell(-1);

        /** The count when shown; -1 when hidden. */
        private final long shownCount;

        private Cell(long shownCount) {
            this.shownCount = shownCount;
        }

        public boolean suppressed() {
            return shownCount < 0;
        }

        /** The count, or empty when the entry is hidden. */
        public OptionalLong shownCount() {
            return suppressed() ? OptionalLong.empty() : OptionalLong.of(shownCount);
        }

        /** The count as text, or {@value SuppressedTable#SUPPRESSED_DISPLAY} when hidden. */
        public String display() {
            return suppressed() ? SUPPRESSED_DISPLAY : Long.toString(shownCount);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Cell cell && cell.shownCount == shownCount;
        }

        @Override
        public int hashCode() {
            return Long.hashCode(shownCount);
        }

        /** Same as {@link #display()}, so logging a cell is as safe as showing it. */
        @Override
        public String toString() {
            return display();
        }
    }
}
