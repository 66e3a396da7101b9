package org.bridgeway.recruitment.api;

import jakarta.ejb.Local;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Exam, test and interview sessions of a hiring step, with a place and a capacity (recruitment:write to plan
 * and invite, recruitment:read to list). Invitations go out in each applicant's language; a reminder follows
 * 24 hours ahead, once, even with several servers.
 */
@Local
public interface RecruitmentSessions {

    /** Start in the agency's time zone; the step must belong to the default template. */
    long create(long stepId, LocalDateTime start, int minutes, String place, int capacity);

    /** Sessions from today on, soonest first. */
    List<SessionView> upcoming();

    /** Applicants at the session's step, while places last; each refusal named. */
    BulkResult invite(long sessionId, List<Long> applicantIds);

    /** Queues the reminders of sessions starting within 24 hours; returns how many (the timer calls it). */
    int sendDueReminders();
}
