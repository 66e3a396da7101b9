package org.bridgeway.partners.api;

import jakarta.ejb.Local;
import java.time.LocalDate;
import java.time.YearMonth;
import org.bridgeway.shared.reports.SuppressedTable;

/**
 * The language-access log: for an interview, session, event or outreach contact, the language used, whether an
 * interpreter was needed and how one was provided. Names nobody. Recording needs language:log; the monthly report
 * (community:reports) is what an agency's language-access plan asks for.
 */
@Local
public interface LanguageAccess {

    enum Context {
        INTERVIEW, MENTORSHIP_SESSION, EVENT, OUTREACH_CONTACT, ACADEMY_SESSION, CONVENING, OTHER
    }

    /** How an interpreter was provided; NOT_NEEDED is the report's column for interactions needing none. */
    enum Provision {
        NOT_NEEDED, STAFF, INTERPRETER_LINE, IN_PERSON, NOT_PROVIDED
    }

    /** Records one interaction; provision NOT_NEEDED means no interpreter was needed. */
    void record(LocalDate on, Context context, String language, Provision provision, Long referenceId);

    /**
     * Interactions per month and language (rows "yyyy-MM language"), by provision (columns in {@link Provision}
     * order), with small cells suppressed.
     */
    SuppressedTable monthlyReport(YearMonth from, YearMonth until);
}
