package org.bridgeway.mentorship.api;

import jakarta.ejb.Local;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import org.bridgeway.shared.reports.SuppressedTable;

/**
 * Mentorship reports per post (mentorship:manage; the caller's posts, administrators all), aggregate only and
 * through {@link SuppressedTable}.
 */
@Local
public interface MentorshipReports {

    /** Posts as rows; proposed, active and paused matches as columns. */
    SuppressedTable matchesByPost();

    /** Posts as rows; held, no-show, cancelled and still scheduled sessions in the months as columns. */
    SuppressedTable sessionsByPost(YearMonth from, YearMonth until);

    /** Hours of held sessions per month; hidden (null) in a month with fewer than 5 youth. */
    List<HoursInMonth> hoursByMonth(YearMonth from, YearMonth until);

    record HoursInMonth(YearMonth month, BigDecimal hours) implements Serializable {

        public YearMonth getMonth() {
            return month;
        }

        public BigDecimal getHours() {
            return hours;
        }
    }
}
