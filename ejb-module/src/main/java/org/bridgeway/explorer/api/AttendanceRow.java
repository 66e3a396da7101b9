package org.bridgeway.explorer.api;

import java.io.Serializable;

/** A member on an activity's attendance sheet with the mark saved so far (null: not yet marked). */
public record AttendanceRow(long participantId, String displayName, boolean rsvped, AttendanceMark mark)
        implements Serializable {

    public long getParticipantId() {
        return participantId;
    }

    public String getDisplayName() {
        return displayName;
    }

    public boolean isRsvped() {
        return rsvped;
    }

    public AttendanceMark getMark() {
        return mark;
    }
}
