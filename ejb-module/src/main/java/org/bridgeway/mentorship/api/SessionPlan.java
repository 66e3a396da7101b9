package org.bridgeway.mentorship.api;

import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * A session or a series: first start in the agency's local time, length, how often and how many times, kind,
 * and an optional second screened adult.
 */
public record SessionPlan(LocalDateTime firstStart, int minutes, Repeat repeat, int occurrences, SessionKind kind,
        Long secondAdultAccountId) implements Serializable {

    public enum Repeat {
        ONCE, WEEKLY, EVERY_TWO_WEEKS
    }
}
