package org.bridgeway.recruitment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bridgeway.identity.api.AccountDirectory;
import org.bridgeway.identity.api.CurrentUser;
import org.bridgeway.recruitment.HiringProcess.Attempt;
import org.bridgeway.recruitment.api.ApplicantState;
import org.bridgeway.recruitment.api.StepOutcome;
import org.bridgeway.recruitment.api.StepView;
import org.bridgeway.recruitment.api.TimelineEntry;
import org.bridgeway.shared.AgencyCalendar;
import org.bridgeway.shared.SqlValues;

/**
 * The applicant timeline and step visits: every change writes a row (who, when, from, to, outcome, note), and
 * each arrival at and departure from a step is kept for the funnel and time-in-step reports.
 */
@ApplicationScoped
class ApplicantTimeline {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private StepCatalog catalog;

    @Inject
    private AgencyCalendar calendar;

    @Inject
    private AccountDirectory accounts;

    /** How CurrentUser.auditActor names a signed-in person. */
    private static final String ACCOUNT_ACTOR = "account:";

    void event(long applicantId, String kind, Long stepId, Long toStepId, StepOutcome outcome, Integer score,
            ApplicantState toState, String reasonCode, String note, boolean restricted) {
        em.createNativeQuery("insert into applicant_event (applicant_id, at, actor, kind, step_id, to_step_id, outcome,"
                        + " score, to_state, reason_code, note, note_restricted) values (?1, now(), ?2, ?3,"
                        + " cast(?4 as bigint), cast(?5 as bigint), ?6, cast(?7 as integer), ?8, ?9, ?10, ?11)")
                .setParameter(1, applicantId).setParameter(2, currentUser.auditActor()).setParameter(3, kind)
                .setParameter(4, stepId).setParameter(5, toStepId)
                .setParameter(6, outcome == null ? null : outcome.name()).setParameter(7, score)
                .setParameter(8, toState == null ? null : toState.name()).setParameter(9, reasonCode)
                .setParameter(10, note).setParameter(11, restricted).executeUpdate();
    }

    void arrive(long applicantId, long stepId, Instant at) {
        em.createNativeQuery("insert into applicant_step_visit (applicant_id, step_id, entered_at) values (?1, ?2, ?3)")
                .setParameter(1, applicantId).setParameter(2, stepId).setParameter(3, Timestamp.from(at))
                .executeUpdate();
    }

    void leave(long applicantId, long stepId, Instant at) {
        em.createNativeQuery("update applicant_step_visit set left_at = ?3 where applicant_id = ?1 and step_id = ?2"
                        + " and left_at is null").setParameter(1, applicantId).setParameter(2, stepId)
                .setParameter(3, Timestamp.from(at)).executeUpdate();
    }

    /** The latest recorded result at a step, or null. */
    Attempt latestResult(long applicantId, long stepId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select outcome, at from applicant_event where applicant_id = ?1"
                        + " and step_id = ?2 and kind = 'RESULT' order by at desc, id desc limit 1")
                .setParameter(1, applicantId).setParameter(2, stepId).getResultList();
        if (rows.isEmpty()) {
            return null;
        }
        Instant at = SqlValues.instant(rows.get(0)[1]);
        return new Attempt(StepOutcome.valueOf((String) rows.get(0)[0]), calendar.toLocal(at).toLocalDate());
    }

    /** Oldest first; restricted notes withheld unless the reader may see them. */
    List<TimelineEntry> entries(long applicantId, boolean mayReadRestricted) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, at, actor, kind, step_id, to_step_id, outcome, score,"
                        + " to_state, reason_code, note, note_restricted from applicant_event where applicant_id = ?1"
                        + " order by at, id").setParameter(1, applicantId).getResultList();
        List<Long> stepIds = new ArrayList<>();
        for (Object[] r : rows) {
            if (r[4] != null) {
                stepIds.add(((Number) r[4]).longValue());
            }
            if (r[5] != null) {
                stepIds.add(((Number) r[5]).longValue());
            }
        }
        Map<Long, StepView> steps = catalog.byIds(stepIds);
        Map<String, String> actors = actorNames(rows.stream().map(r -> (String) r[2]).distinct().toList());
        return rows.stream().map(r -> {
            boolean restricted = (Boolean) r[11];
            boolean withheld = restricted && !mayReadRestricted && r[10] != null;
            return new TimelineEntry(((Number) r[0]).longValue(), SqlValues.instant(r[1]),
                    actors.getOrDefault((String) r[2], (String) r[2]),
                    (String) r[3], r[4] == null ? null : steps.get(((Number) r[4]).longValue()),
                    r[5] == null ? null : steps.get(((Number) r[5]).longValue()),
                    r[6] == null ? null : StepOutcome.valueOf((String) r[6]),
                    r[7] == null ? null : ((Number) r[7]).intValue(),
                    r[8] == null ? null : ApplicantState.valueOf((String) r[8]), (String) r[9],
                    withheld ? null : (String) r[10], withheld);
        }).toList();
    }

    /** Display names for "account:N" actors; other actors (the system) stay as they are. */
    Map<String, String> actorNames(List<String> actors) {
        List<Long> ids = actors.stream().filter(a -> a.startsWith(ACCOUNT_ACTOR))
                .map(a -> Long.parseLong(a.substring(ACCOUNT_ACTOR.length()))).toList();
        Map<String, String> names = new java.util.HashMap<>();
        accounts.displayNames(ids).forEach((id, name) -> names.put(ACCOUNT_ACTOR + id, name));
        return names;
    }
}
