package org.bridgeway.web.mentorship;

import java.io.Serial;
import java.io.Serializable;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.bridgeway.mentorship.api.Slot;
import org.bridgeway.shared.BusinessException;

/**
 * Editable rows of a weekly availability (a mentor's or a youth's): day and from/to times, with a few empty rows
 * to fill in. Empty rows are ignored; a half-filled row is an error. Rendered by weekly-slots.xhtml.
 */
public final class WeeklySlots implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    static final int EMPTY_ROWS = 2;
    static final int MIN_ROWS = 4;
    static final List<Integer> DAYS = List.of(1, 2, 3, 4, 5, 6, 7);

    private final List<Row> rows = new ArrayList<>();

    /** One editable row; times in the agency's zone. */
    public static final class Row implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;
        private Integer day;
        private LocalTime from;
        private LocalTime to;

        public Integer getDay() {
            return day;
        }

        public void setDay(Integer day) {
            this.day = day;
        }

        public LocalTime getFrom() {
            return from;
        }

        public void setFrom(LocalTime from) {
            this.from = from;
        }

        public LocalTime getTo() {
            return to;
        }

        public void setTo(LocalTime to) {
            this.to = to;
        }

        boolean isEmpty() {
            return day == null && from == null && to == null;
        }
    }

    public static WeeklySlots of(List<Slot> slots) {
        var weekly = new WeeklySlots();
        for (Slot s : slots) {
            var row = new Row();
            row.day = s.dayOfWeek();
            row.from = LocalTime.MIN.plusMinutes(s.fromMinute());
            row.to = s.toMinute() >= 1440 ? LocalTime.MAX : LocalTime.MIN.plusMinutes(s.toMinute());
            weekly.rows.add(row);
        }
        int target = Math.max(MIN_ROWS, weekly.rows.size() + EMPTY_ROWS);
        while (weekly.rows.size() < target) {
            weekly.rows.add(new Row());
        }
        return weekly;
    }

    /** The filled rows as slots; a row with only some fields filled is refused. */
    public List<Slot> toSlots() {
        List<Slot> slots = new ArrayList<>();
        for (Row row : rows) {
            if (row.isEmpty()) {
                continue;
            }
            if (row.day == null || row.from == null || row.to == null) {
                throw new BusinessException("mentorship.error.slot");
            }
            int to = row.to.equals(LocalTime.MAX) ? 1440 : row.to.toSecondOfDay() / 60;
            slots.add(new Slot(row.day, row.from.toSecondOfDay() / 60, to));
        }
        return slots;
    }

    public List<Row> getRows() {
        return rows;
    }

    public List<Integer> getDays() {
        return DAYS;
    }
}
