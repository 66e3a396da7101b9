package org.bridgeway.recruitment;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bridgeway.identity.api.CurrentUser;
import org.bridgeway.identity.api.Permission;
import org.bridgeway.recruitment.api.ApplicantState;
import org.bridgeway.recruitment.api.BulkResult;
import org.bridgeway.recruitment.api.RecruitmentSessions;
import org.bridgeway.recruitment.api.SessionView;
import org.bridgeway.recruitment.api.StepView;
import org.bridgeway.shared.AgencyCalendar;
import org.bridgeway.shared.BusinessException;
import org.bridgeway.shared.NotFoundException;
import org.bridgeway.shared.SqlValues;
import org.bridgeway.shared.freetext.IdentityNumbers;

@Stateless
public class RecruitmentSessionsBean implements RecruitmentSessions {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private StepCatalog catalog;

    @Inject
    private AgencyCalendar calendar;

    @Inject
    private ApplicantTimeline timeline;

    @Inject
    private ApplicantMessenger messenger;

    @Override
    public long create(long stepId, LocalDateTime start, int minutes, String place, int capacity) {
        currentUser.checkPermission(Permission.RECRUITMENT_WRITE);
        if (catalog.steps(catalog.defaultTemplateId()).stream().noneMatch(s -> s.id() == stepId)) {
            throw new NotFoundException();
        }
        if (start == null || calendar.toInstant(start).isBefore(Instant.now())) {
            throw new BusinessException("recruitment.session.inThePast");
        }
        if (minutes < 15 || minutes > 12 * 60) {
            throw new BusinessException("recruitment.session.length");
        }
        if (place == null || place.isBlank() || place.length() > 200 || IdentityNumbers.containsOne(place)) {
            throw new BusinessException("recruitment.session.place");
        }
        if (capacity < 1 || capacity > 1000) {
            throw new BusinessException("recruitment.session.capacity");
        }
        Instant startsAt = calendar.toInstant(start);
        Object id = em.createNativeQuery("insert into recruitment_session (step_id, starts_at, ends_at, place, capacity,"
                        + " created_by, created_at) values (?1, ?2, ?3, ?4, ?5, ?6, now()) returning id")
                .setParameter(1, stepId).setParameter(2, Timestamp.from(startsAt))
                .setParameter(3, Timestamp.from(startsAt.plusSeconds(minutes * 60L))).setParameter(4, place.strip())
                .setParameter(5, capacity).setParameter(6, currentUser.auditActor()).getSingleResult();
        return ((Number) id).longValue();
    }

    @Override
    public List<SessionView> upcoming() {
        currentUser.checkPermission(Permission.RECRUITMENT_READ);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select s.id, s.step_id, s.starts_at, s.ends_at, s.place, s.capacity,"
                        + " (select count(*) from recruitment_invitation i where i.session_id = s.id), s.cancelled_at"
                        + " from recruitment_session s where s.starts_at >= ?1 order by s.starts_at, s.id limit 200")
                .setParameter(1, Timestamp.from(calendar.startOf(calendar.today()))).getResultList();
        Map<Long, StepView> steps = catalog.byIds(rows.stream().map(r -> ((Number) r[1]).longValue()).toList());
        return rows.stream().map(r -> new SessionView(((Number) r[0]).longValue(), steps.get(((Number) r[1]).longValue()),
                SqlValues.instant(r[2]), SqlValues.instant(r[3]), (String) r[4], ((Number) r[5]).intValue(),
                ((Number) r[6]).intValue(), r[7] != null)).toList();
    }

    @Override
    public BulkResult invite(long sessionId, List<Long> applicantIds) {
        currentUser.checkPermission(Permission.RECRUITMENT_WRITE);
        if (applicantIds == null || applicantIds.isEmpty()) {
            throw new BusinessException("recruitment.error.noneChosen");
        }
        // The session row locked: two recruiters filling the last places cannot overbook it.
        @SuppressWarnings("unchecked")
        List<Object[]> found = em.createNativeQuery("select step_id, starts_at, place, capacity, cancelled_at"
                + " from recruitment_session where id = ?1 for update").setParameter(1, sessionId).getResultList();
        if (found.isEmpty()) {
            throw new NotFoundException();
        }
        Object[] session = found.get(0);
        long stepId = ((Number) session[0]).longValue();
        Instant startsAt = SqlValues.instant(session[1]);
        if (session[4] != null || startsAt.isBefore(Instant.now())) {
            throw new BusinessException("recruitment.session.closed");
        }
        int capacity = ((Number) session[3]).intValue();
        long invited = ((Number) em.createNativeQuery("select count(*) from recruitment_invitation where session_id = ?1")
                .setParameter(1, sessionId).getSingleResult()).longValue();
        String when = calendar.toLocal(startsAt).format(WHEN);
        List<Long> done = new ArrayList<>();
        List<BulkResult.Refusal> refused = new ArrayList<>();
        for (long id : applicantIds.stream().distinct().sorted().toList()) {
            Applicant a = em.find(Applicant.class, id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
            if (a == null) {
                throw new NotFoundException();
            }
            String refusal = null;
            if (a.getState() != ApplicantState.ACTIVE) {
                refusal = "recruitment.error.notActive";
            } else if (a.getCurrentStepId() != stepId) {
                refusal = "recruitment.session.notAtStep";
            } else if (((Number) em.createNativeQuery("select count(*) from recruitment_invitation where session_id = ?1"
                    + " and applicant_id = ?2").setParameter(1, sessionId).setParameter(2, id).getSingleResult())
                    .longValue() > 0) {
                refusal = "recruitment.session.alreadyInvited";
            } else if (invited >= capacity) {
                refusal = "recruitment.session.full";
            } else {
                em.createNativeQuery("insert into recruitment_invitation (session_id, applicant_id, invited_at)"
                        + " values (?1, ?2, now())").setParameter(1, sessionId).setParameter(2, id).executeUpdate();
            }
            if (refusal != null) {
                refused.add(new BulkResult.Refusal(id, a.getGivenName() + " " + a.getFamilyName(), refusal, List.of()));
                continue;
            }
            invited++;
            timeline.event(id, "INVITED", stepId, null, null, null, null, String.valueOf(sessionId),
                    when + ", " + session[2], false);
            if (a.getEmail() != null) {
                messenger.send(a, "SESSION_INVITATION", "recruitment-invitation:" + sessionId + ":" + id,
                        Map.of("date", when, "place", (String) session[2]));
            }
            done.add(id);
        }
        return new BulkResult(done, refused);
    }

    @Override
    public int sendDueReminders() {
        currentUser.checkPermission(Permission.RECRUITMENT_WRITE); // the timer runs as the system principal
        // Claimed and marked in one statement (SKIP LOCKED): with two servers each reminder is queued once.
        @SuppressWarnings("unchecked")
        List<Object[]> due = em.createNativeQuery("""
                update recruitment_invitation i set reminder_sent_at = now()
                  from recruitment_session s
                 where s.id = i.session_id
                   and (i.session_id, i.applicant_id) in (
                        select i2.session_id, i2.applicant_id from recruitment_invitation i2
                          join recruitment_session s2 on s2.id = i2.session_id
                         where i2.reminder_sent_at is null and s2.cancelled_at is null
                           and s2.starts_at > now() and s2.starts_at <= now() + interval '24 hours'
                         for update of i2 skip locked)
                returning i.session_id, i.applicant_id, s.starts_at, s.place""").getResultList();
        int queued = 0;
        for (Object[] r : due) {
            Applicant a = em.find(Applicant.class, ((Number) r[1]).longValue());
            if (a == null || a.getEmail() == null || a.getState() != ApplicantState.ACTIVE) {
                continue;
            }
            messenger.send(a, "SESSION_REMINDER", "recruitment-reminder:" + r[0] + ":" + r[1],
                    Map.of("date", calendar.toLocal(SqlValues.instant(r[2])).format(WHEN), "place", (String) r[3]));
            queued++;
        }
        return queued;
    }
}
