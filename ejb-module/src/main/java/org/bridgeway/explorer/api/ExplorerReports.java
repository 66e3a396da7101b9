package org.bridgeway.explorer.api;

import jakarta.ejb.Local;
import java.time.YearMonth;
import org.bridgeway.shared.reports.SuppressedTable;

/**
 * Aggregate Explorer reports (explorer:reports), for the caller's posts or all posts with explorer:configure.
 * Every table comes out of {@link SuppressedTable}: counts under 5 show "&lt;5" and a complementary cell is
 * hidden where totals would reveal one. No report lists a person.
 */
@Local
public interface ExplorerReports {

    /** Months as rows; present, excused and absent marks as columns. postId null: all the caller's posts. */
    SuppressedTable attendanceByMonth(Long postId, YearMonth from, YearMonth until);

    /** Members' hours per month; a month with fewer than 5 members present is hidden (shown as null). */
    java.util.List<HoursInMonth> hoursByMonth(Long postId, YearMonth from, YearMonth until);

    /** Cohorts as rows; current standing (probation … alumni) as columns. */
    SuppressedTable retentionByCohort(Long postId);

    /** Members' preferred language as rows; gender (as stated, or not stated) as columns. */
    SuppressedTable participationByLanguageAndGender(Long postId);

    record HoursInMonth(YearMonth month, java.math.BigDecimal hours) implements java.io.Serializable {

        public YearMonth getMonth() {
            return month;
        }

        public java.math.BigDecimal getHours() {
            return hours;
        }
    }
}
