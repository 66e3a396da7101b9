package org.bridgeway.recruitment.api;

import java.io.Serializable;
import java.time.LocalDate;

/** Report filters; null means any. Dates bound when applicants entered the pipeline (agency days, inclusive). */
public record ReportFilter(Long partnerId, Long recruiterId, String language, LocalDate from, LocalDate until)
        implements Serializable {

    public static ReportFilter none() {
        return new ReportFilter(null, null, null, null, null);
    }
}
