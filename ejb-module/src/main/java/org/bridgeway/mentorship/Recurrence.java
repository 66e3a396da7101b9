package org.bridgeway.mentorship;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.bridgeway.shared.BusinessException;

/**
 * Expands a session series into occurrences. The series keeps its local wall-clock time in the agency's zone:
 * a weekly 16:00 session stays at 16:00 after a daylight-saving change (its instant moves by an hour).
 */
public final class Recurrence {

    /** How often a series repeats. */
    public enum Frequency {
        ONCE(0), WEEKLY(1), EVERY_TWO_WEEKS(2);

        private final int weeks;

        Frequency(int weeks) {
            this.weeks = weeks;
        }
    }

    /** One occurrence as instants: [start, end). */
    public record Occurrence(Instant start, Instant end) {
    }

    public static final int MAX_OCCURRENCES = 52;

    private Recurrence() {
    }

    public static List<Occurrence> expand(LocalDateTime firstStart, Duration length, Frequency frequency, int count,
            ZoneId zone) {
        if (length.isNegative() || length.isZero() || length.toHours() >= 24) {
            throw new BusinessException("mentorship.error.length");
        }
        int occurrences = frequency == Frequency.ONCE ? 1 : count;
        if (occurrences < 1 || occurrences > MAX_OCCURRENCES) {
            throw new BusinessException("mentorship.error.occurrences", MAX_OCCURRENCES);
        }
        List<Occurrence> result = new ArrayList<>(occurrences);
        for (int i = 0; i < occurrences; i++) {
            LocalDateTime localStart = firstStart.plusWeeks((long) i * frequency.weeks);
            // atZone picks the later offset in a gap and the earlier one in an overlap: a well-defined instant.
            Instant start = localStart.atZone(zone).toInstant();
            Instant end = localStart.plus(length).atZone(zone).toInstant();
            result.add(new Occurrence(start, end));
        }
        return result;
    }
}
