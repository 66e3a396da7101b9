package org.bridgeway.recruitment.api;

import jakarta.ejb.Local;
import org.bridgeway.shared.reports.SuppressedTable;

/**
 * Aggregate recruitment reports (recruitment:reports): counts only, through {@link SuppressedTable} (cells under 5
 * and a complementary cell hidden). No report lists a person.
 */
@Local
public interface RecruitmentReports {

    /**
     * Applicants of the default template who reached each step (rows: step ids in order), by source (columns:
     * {@link ApplicantSource} names).
     */
    SuppressedTable funnel(ReportFilter filter);

    /** What aggregate diversity is counted by: the applicant's own, voluntary answers. */
    enum Dimension {
        GENDER, RACE_ETHNICITY, VETERAN
    }

    /**
     * Self-identification in aggregate: rows are the answers of one dimension (with TWO_OR_MORE for several
     * race/ethnicity answers and NOT_ANSWERED), columns the step ids people reached. Suppressed like every report.
     */
    SuppressedTable diversity(Dimension dimension, ReportFilter filter);

    /** How time reports are split. */
    enum Grouping {
        SOURCE, PARTNER, LANGUAGE, RECRUITER
    }

    /**
     * Days spent in each step (people who have left it) and days from entering the pipeline to being hired
     * (step key "HIRED"), per group; groups and cells under 5 people are not shown.
     */
    java.util.List<StepTime> timeInStep(Grouping grouping, ReportFilter filter);

    /** Hires per referring partner and month (rows: partner names; columns: yyyy-MM), suppressed. */
    SuppressedTable hiresByPartner(java.time.YearMonth from, java.time.YearMonth until);
}
