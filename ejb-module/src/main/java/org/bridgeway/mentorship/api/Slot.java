package org.bridgeway.mentorship.api;

import java.io.Serializable;

/** A weekly availability slot: day 1 (Monday) to 7, minutes since midnight [from, to), agency time. */
public record Slot(int dayOfWeek, int fromMinute, int toMinute) implements Serializable {

    public Slot {
        if (dayOfWeek < 1 || dayOfWeek > 7 || fromMinute < 0 || toMinute > 1440 || toMinute <= fromMinute) {
            throw new org.bridgeway.shared.BusinessException("mentorship.error.slot");
        }
    }
}
