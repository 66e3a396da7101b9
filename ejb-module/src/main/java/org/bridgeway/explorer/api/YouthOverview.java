package org.bridgeway.explorer.api;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/** Everything a youth sees about themselves, and nothing about anyone else. */
public record YouthOverview(String preferredName, String postName, ParticipantStatus status,
        List<ActivitySummary> upcoming, List<AttendedActivity> attended, BigDecimal hoursThisMonth,
        BigDecimal hoursTotal) implements Serializable {

    public String getPreferredName() {
        return preferredName;
    }

    public String getPostName() {
        return postName;
    }

    public ParticipantStatus getStatus() {
        return status;
    }

    public List<ActivitySummary> getUpcoming() {
        return upcoming;
    }

    public List<AttendedActivity> getAttended() {
        return attended;
    }

    public BigDecimal getHoursThisMonth() {
        return hoursThisMonth;
    }

    public BigDecimal getHoursTotal() {
        return hoursTotal;
    }

    /** A past activity with the youth's own mark and the hours it earned them. */
    public record AttendedActivity(String title, java.time.Instant startsAt, AttendanceMark mark,
            BigDecimal hours) implements Serializable {

        public String getTitle() {
            return title;
        }

        public java.time.Instant getStartsAt() {
            return startsAt;
        }

        public AttendanceMark getMark() {
            return mark;
        }

        public BigDecimal getHours() {
            return hours;
        }
    }
}
