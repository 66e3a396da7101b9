package org.bridgeway.explorer;

import org.bridgeway.shared.SqlValues;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.bridgeway.explorer.api.ActivityKind;
import org.bridgeway.explorer.api.ActivitySummary;
import org.bridgeway.explorer.api.AttendanceMark;
import org.bridgeway.explorer.api.ConsentKind;
import org.bridgeway.explorer.api.RsvpChanged;
import org.bridgeway.explorer.api.YouthOverview;
import org.bridgeway.explorer.api.YouthSelfService;
import org.bridgeway.identity.api.CurrentUser;
import org.bridgeway.identity.api.Permission;
import org.bridgeway.shared.AgencyCalendar;
import org.bridgeway.shared.BusinessException;
import org.bridgeway.shared.NotFoundException;

/** Everything here is about the caller's own participant record, found through their account only. */
@Stateless
public class YouthSelfServiceBean implements YouthSelfService {

    private static final int UPCOMING_MAX = 50;
    private static final int ATTENDED_DAYS = 120;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private AgencyCalendar calendar;

    @Inject
    private ConsentLedger consentLedger;

    @Inject
    private Event<RsvpChanged> rsvpChanged;

    @Override
    public YouthOverview overview() {
        Participant me = me();
        Instant now = calendar.now();
        @SuppressWarnings("unchecked")
        List<Object[]> upcoming = em.createNativeQuery("select " + ActivitiesBean.SUMMARY_COLUMNS + ","
                        + " exists (select 1 from explorer_rsvp r where r.activity_id = a.id and r.participant_id = m.id)"
                        + " from explorer_participant m join explorer_activity a on" + ActivitiesBean.INVITED
                        + " where m.id = ?1 and a.ends_at >= ?2 and not a.cancelled order by a.starts_at, a.id limit "
                        + UPCOMING_MAX)
                .setParameter(1, me.getId()).setParameter(2, Timestamp.from(now)).getResultList();
        @SuppressWarnings("unchecked")
        List<Object[]> attended = em.createNativeQuery("""
                select a.title, a.starts_at, att.mark, case when att.mark = 'PRESENT' then a.hours_credited else 0 end
                  from explorer_attendance att join explorer_activity a on a.id = att.activity_id
                 where att.participant_id = ?1 and a.starts_at >= ?2
                 order by a.starts_at desc""")
                .setParameter(1, me.getId()).setParameter(2, Timestamp.from(now.minus(java.time.Duration.ofDays(ATTENDED_DAYS))))
                .getResultList();
        LocalDate today = calendar.today();
        Object[] hours = (Object[]) em.createNativeQuery("""
                select coalesce(sum(a.hours_credited) filter (where a.starts_at >= ?2), 0),
                       coalesce(sum(a.hours_credited), 0)
                  from explorer_attendance att join explorer_activity a on a.id = att.activity_id
                 where att.participant_id = ?1 and att.mark = 'PRESENT'""")
                .setParameter(1, me.getId()).setParameter(2, Timestamp.from(calendar.startOf(today.withDayOfMonth(1))))
                .getSingleResult();
        String postName = em.find(Post.class, me.getPostId()).getName();
        return new YouthOverview(me.getPreferredName(), postName, me.getStatus(),
                upcoming.stream().map(ActivitiesBean::toSummary).toList(),
                attended.stream().map(r -> new YouthOverview.AttendedActivity((String) r[0], SqlValues.instant(r[1]),
                        AttendanceMark.valueOf((String) r[2]), SqlValues.decimal(r[3]))).toList(),
                SqlValues.decimal(hours[0]), SqlValues.decimal(hours[1]));
    }

    @Override
    public void rsvp(long activityId) {
        Participant me = me();
        // Locks the activity row: two last-seat RSVPs queue here, and the second sees the first's.
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select a.kind, a.starts_at, a.ends_at, a.capacity, a.cancelled,"
                        + " exists (select 1 from explorer_participant m where m.id = ?2 and" + ActivitiesBean.INVITED
                        + ") from explorer_activity a where a.id = ?1 for update of a")
                .setParameter(1, activityId).setParameter(2, me.getId()).getResultList();
        if (rows.isEmpty() || !(Boolean) rows.get(0)[5]) {
            throw new NotFoundException();
        }
        Object[] a = rows.get(0);
        Instant startsAt = SqlValues.instant(a[1]);
        if ((Boolean) a[4] || startsAt.isBefore(calendar.now())) {
            throw new BusinessException("explorer.error.rsvpClosed");
        }
        LocalDate day = calendar.toLocal(startsAt).toLocalDate();
        if (!consentLedger.hasValid(me, ConsentKind.PARTICIPATION, day)) {
            throw new BusinessException("explorer.error.rsvpNeedsConsent");
        }
        if (ActivityKind.valueOf((String) a[0]) == ActivityKind.RIDE_ALONG
                && !consentLedger.hasValid(me, ConsentKind.RIDE_ALONG, day)) {
            throw new BusinessException("explorer.error.rsvpNeedsRideAlongConsent");
        }
        boolean already = !em.createNativeQuery("select 1 from explorer_rsvp where activity_id = ?1"
                + " and participant_id = ?2").setParameter(1, activityId).setParameter(2, me.getId())
                .getResultList().isEmpty();
        if (already) {
            throw new BusinessException("explorer.error.alreadyRsvped");
        }
        if (a[3] != null) {
            long taken = ((Number) em.createNativeQuery("select count(*) from explorer_rsvp where activity_id = ?1")
                    .setParameter(1, activityId).getSingleResult()).longValue();
            if (taken >= ((Number) a[3]).longValue()) {
                throw new BusinessException("explorer.error.activityFull");
            }
        }
        em.createNativeQuery("insert into explorer_rsvp (activity_id, participant_id, answered_at) values (?1, ?2, now())")
                .setParameter(1, activityId).setParameter(2, me.getId()).executeUpdate();
        rsvpChanged.fire(new RsvpChanged(activityId, me.getId(), me.getAccountId(), startsAt,
                SqlValues.instant(a[2]), true));
    }

    @Override
    public void withdrawRsvp(long activityId) {
        Participant me = me();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("delete from explorer_rsvp r using explorer_activity a"
                        + " where r.activity_id = ?1 and r.participant_id = ?2 and a.id = r.activity_id"
                        + " returning a.starts_at, a.ends_at")
                .setParameter(1, activityId).setParameter(2, me.getId()).getResultList();
        if (rows.isEmpty()) {
            throw new NotFoundException();
        }
        rsvpChanged.fire(new RsvpChanged(activityId, me.getId(), me.getAccountId(), SqlValues.instant(rows.get(0)[0]),
                SqlValues.instant(rows.get(0)[1]), false));
    }

    private Participant me() {
        currentUser.checkPermission(Permission.EXPLORER_SELF);
        Long accountId = currentUser.accountId().orElseThrow(NotFoundException::new);
        return em.createQuery("select m from Participant m where m.accountId = :account", Participant.class)
                .setParameter("account", accountId).getResultStream().findFirst()
                .orElseThrow(NotFoundException::new);
    }

}
