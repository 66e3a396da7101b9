package org.bridgeway.partners.api;

import jakarta.ejb.Local;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The community police academy (community:academy): a course with cohorts of numbered weekly sessions, adult
 * enrolment, attendance, graduation at the course's attendance bar, certificates in the graduate's language, and
 * an anonymous feedback survey. Answering the survey needs no sign-in: only a single-use code from a printed slip.
 */
@Local
public interface Academy {

    record Course(long id, String name, String description, int sessionCount, int attendanceBar)
            implements Serializable {
    }

    record CohortSummary(long id, long courseId, String courseName, String name, LocalDate startsOn, int sessionCount,
            int attendanceBar, long enrolled, boolean graduated) implements Serializable {
    }

    record SessionPlan(int number, LocalDate heldOn, String topic, String speaker, String plan, boolean attendanceTaken)
            implements Serializable {
    }

    /** One enrolled person with their attendance so far; graduated is null until the cohort is graduated. */
    record RosterRow(long enrolmentId, String givenName, String familyName, String preferredLanguage,
            List<String> languages, boolean interpreterNeeded, String interpreterLanguage, int attended,
            Set<Integer> presentAt, Boolean graduated, String certificateNumber) implements Serializable {
    }

    record Graduation(int graduates, int notGraduated) implements Serializable {
    }

    record Certificate(String fileName, byte[] pdf) implements Serializable {
    }

    /** Averages are null, and the count is all there is, while fewer than five have answered. */
    record SurveyResults(long answers, boolean shown, Double overall, Double understanding, Double trust,
            Long wouldRecommend, List<String> comments) implements Serializable {
    }

    long createCourse(String name, String description, int sessionCount, int attendanceBar);

    List<Course> courses();

    /** Opens a cohort with one session a week from the start date (topics to be planned). */
    long openCohort(long courseId, String name, LocalDate startsOn);

    List<CohortSummary> cohorts();

    CohortSummary cohort(long cohortId);

    List<SessionPlan> sessions(long cohortId);

    void planSession(long cohortId, int number, LocalDate heldOn, String topic, String speaker, String plan);

    long enrol(long cohortId, EnrolmentDraft draft);

    List<RosterRow> roster(long cohortId);

    /** Marks everyone of the cohort present (those listed) or absent (the others) at one session. */
    void recordAttendance(long cohortId, int sessionNumber, Set<Long> presentEnrolmentIds);

    /** Decides every enrolment: graduated exactly when attended sessions reach the bar; numbers certificates. */
    Graduation graduate(long cohortId);

    /** A graduate's certificate as a PDF in their preferred language. */
    Certificate certificate(long enrolmentId);

    /** A PDF of new single-use survey codes, one slip each, to hand out at random at the last session. */
    byte[] surveySlips(long cohortId, int count, String surveyAddress);

    enum SurveyOutcome {
        ACCEPTED, UNKNOWN_CODE, RATE_LIMITED
    }

    /**
     * No permission: the code is the right to answer once. Attempts are counted per (hashed) address, so codes
     * cannot be guessed; the address is not stored with anything else.
     */
    SurveyOutcome answerSurvey(String code, SurveyAnswer answer, String clientAddress);

    SurveyResults surveyResults(long cohortId);
}
