package org.bridgeway.shared.calendar;

import java.io.Serial;
import java.time.Instant;
import org.bridgeway.shared.BusinessException;

/**
 * A booking overlaps someone's existing commitment. The message key names what the clash is
 * ("calendar.conflict.mentorship-session"); its arguments are the clashing start and end in the agency's time
 * ("2027-03-05 16:00", "17:30"). Nothing says whose commitment it is.
 */
public class CalendarConflictException extends BusinessException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final Instant clashStart;
    private final Instant clashEnd;

    public CalendarConflictException(Instant clashStart, Instant clashEnd, String clashSourceType,
            java.time.ZoneId zone) {
        super("calendar.conflict." + clashSourceType,
                java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(zone).format(clashStart),
                java.time.format.DateTimeFormatter.ofPattern("HH:mm").withZone(zone).format(clashEnd));
        this.clashStart = clashStart;
        this.clashEnd = clashEnd;
    }

    public Instant clashStart() {
        return clashStart;
    }

    public Instant clashEnd() {
        return clashEnd;
    }
}
