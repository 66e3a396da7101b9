package org.bridgeway.explorer;

import org.bridgeway.shared.SqlValues;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bridgeway.explorer.api.Activities;
import org.bridgeway.explorer.api.ActivityDraft;
import org.bridgeway.explorer.api.ActivityKind;
import org.bridgeway.explorer.api.ActivitySummary;
import org.bridgeway.explorer.api.AttendanceMark;
import org.bridgeway.explorer.api.AttendanceRow;
import org.bridgeway.identity.api.AccountDirectory;
import org.bridgeway.identity.api.CurrentUser;
import org.bridgeway.identity.api.Screening;
import org.bridgeway.shared.AgencyCalendar;
import org.bridgeway.shared.BusinessException;
import org.bridgeway.shared.NotFoundException;
import org.bridgeway.shared.Strings;

@Stateless
public class ActivitiesBean implements Activities {

    /** Columns of an ActivitySummary; ?RSVPED is replaced by an expression for "the viewer said yes". */
    static final String SUMMARY_COLUMNS = "a.id, a.post_id, a.kind, a.title, a.starts_at, a.ends_at, a.place,"
            + " a.capacity, a.hours_credited, a.cancelled,"
            + " (select count(*) from explorer_rsvp r where r.activity_id = a.id)";

    /** Members a given activity invites: its cohorts', or the whole post's when it names no cohort. */
    static final String INVITED = " m.post_id = a.post_id"
            + " and m.status in ('PROBATION', 'ACTIVE', 'AT_RISK', 'INACTIVE')"
            + " and (not exists (select 1 from explorer_activity_cohort ac where ac.activity_id = a.id)"
            + "      or exists (select 1 from explorer_activity_cohort ac where ac.activity_id = a.id"
            + "                 and ac.cohort_id = m.cohort_id))";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private PostScope scope;

    @Inject
    private AgencyCalendar calendar;

    @Inject
    private Screening screening;

    @Inject
    private AccountDirectory directory;

    @Inject
    private jakarta.validation.Validator validator;

    @Override
    public long createActivity(long postId, ActivityDraft draft) {
        org.bridgeway.shared.Validated.check(validator, draft);
        scope.checkChangeable(postId);
        if (!draft.getEndsAt().isAfter(draft.getStartsAt())) {
            throw new BusinessException("explorer.validation.endBeforeStart");
        }
        Set<Long> cohorts = new HashSet<>(draft.getCohortIds());
        if (!cohorts.isEmpty()) {
            long inPost = em.createQuery("select count(c) from Cohort c where c.id in :ids and c.postId = :post",
                    Long.class).setParameter("ids", cohorts).setParameter("post", postId).getSingleResult();
            if (inPost != cohorts.size()) {
                throw new BusinessException("explorer.error.cohortNotInPost");
            }
        }
        LocalDate day = draft.getStartsAt().toLocalDate();
        for (Long supervisor : new HashSet<>(draft.getSupervisorAccountIds())) {
            // Only a screened adult supervises minors: training and background check valid on the day.
            if (!screening.isCleared(supervisor, day)) {
                String name = directory.byId(supervisor).map(e -> e.displayName()).orElse("#" + supervisor);
                throw new BusinessException("explorer.error.supervisorNotCleared", name);
            }
        }
        Object id = em.createNativeQuery("""
                insert into explorer_activity (post_id, kind, title, starts_at, ends_at, place, capacity,
                                               hours_credited, created_at)
                values (?1, ?2, ?3, ?4, ?5, ?6, cast(?7 as integer), ?8, now()) returning id""")
                .setParameter(1, postId).setParameter(2, draft.getKind().name())
                .setParameter(3, draft.getTitle().strip())
                .setParameter(4, Timestamp.from(calendar.toInstant(draft.getStartsAt())))
                .setParameter(5, Timestamp.from(calendar.toInstant(draft.getEndsAt())))
                .setParameter(6, Strings.blankToNull(draft.getPlace())).setParameter(7, draft.getCapacity())
                .setParameter(8, draft.getHoursCredited()).getSingleResult();
        long activityId = SqlValues.longValue(id);
        for (Long cohort : cohorts) {
            em.createNativeQuery("insert into explorer_activity_cohort (activity_id, cohort_id) values (?1, ?2)")
                    .setParameter(1, activityId).setParameter(2, cohort).executeUpdate();
        }
        for (Long supervisor : new HashSet<>(draft.getSupervisorAccountIds())) {
            em.createNativeQuery("insert into explorer_activity_supervisor (activity_id, account_id) values (?1, ?2)")
                    .setParameter(1, activityId).setParameter(2, supervisor).executeUpdate();
        }
        return activityId;
    }

    @Override
    public ActivitySummary getActivity(long activityId) {
        ActivitySummary activity = load(activityId);
        scope.checkReadable(activity.postId());
        return activity;
    }

    @Override
    public List<ActivitySummary> listActivities(long postId, LocalDate from, LocalDate until) {
        scope.checkReadable(postId);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select " + SUMMARY_COLUMNS + ", false from explorer_activity a"
                        + " where a.post_id = ?1 and a.starts_at >= ?2 and a.starts_at < ?3 order by a.starts_at, a.id")
                .setParameter(1, postId).setParameter(2, Timestamp.from(calendar.startOf(from)))
                .setParameter(3, Timestamp.from(calendar.startOf(until.plusDays(1)))).getResultList();
        return rows.stream().map(ActivitiesBean::toSummary).toList();
    }

    @Override
    public List<AttendanceRow> attendanceSheet(long activityId, Long cohortId) {
        ActivitySummary activity = getActivity(activityId);
        Query q = em.createNativeQuery("select m.id, coalesce(m.preferred_name, m.given_name) || ' ' || m.family_name,"
                + " r.participant_id is not null, att.mark"
                + " from explorer_activity a join explorer_participant m on" + INVITED
                + " left join explorer_rsvp r on r.activity_id = a.id and r.participant_id = m.id"
                + " left join explorer_attendance att on att.activity_id = a.id and att.participant_id = m.id"
                + " where a.id = ?1" + (cohortId == null ? "" : " and m.cohort_id = ?2")
                + " order by m.family_name, m.given_name, m.id").setParameter(1, activity.id());
        if (cohortId != null) {
            q.setParameter(2, cohortId);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = q.getResultList();
        return rows.stream().map(r -> new AttendanceRow(SqlValues.longValue(r[0]), (String) r[1], (Boolean) r[2],
                r[3] == null ? null : AttendanceMark.valueOf((String) r[3]))).toList();
    }

    @Override
    public void saveAttendance(long activityId, Map<Long, AttendanceMark> marks) {
        ActivitySummary activity = load(activityId);
        scope.checkChangeable(activity.postId());
        if (activity.cancelled()) {
            throw new BusinessException("explorer.error.activityCancelled");
        }
        if (activity.startsAt().isAfter(calendar.now())) {
            throw new BusinessException("explorer.error.activityNotStarted");
        }
        List<Map.Entry<Long, AttendanceMark>> entries = marks.entrySet().stream()
                .filter(e -> e.getKey() != null && e.getValue() != null).toList();
        if (entries.isEmpty()) {
            return;
        }
        List<Long> ids = entries.stream().map(Map.Entry::getKey).toList();
        long invited = ((Number) em.createNativeQuery("select count(*) from explorer_activity a"
                        + " join explorer_participant m on" + INVITED + " where a.id = ?1 and m.id in ("
                        + ids.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(",")) + ")")
                .setParameter(1, activityId).getSingleResult()).longValue();
        if (invited != ids.size()) {
            throw new BusinessException("explorer.error.notInvited");
        }
        // One statement for the whole sheet: a 40-person cohort is one round trip, not forty.
        var sql = new StringBuilder("insert into explorer_attendance (activity_id, participant_id, mark,"
                + " recorded_by, recorded_at) values ");
        List<Object> values = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            int base = i * 2 + 3;
            sql.append(i == 0 ? "" : ", ").append("(?1, ?").append(base).append(", ?").append(base + 1)
                    .append(", ?2, now())");
            values.add(entries.get(i).getKey());
            values.add(entries.get(i).getValue().name());
        }
        sql.append(" on conflict (activity_id, participant_id) do update set mark = excluded.mark,"
                + " recorded_by = excluded.recorded_by, recorded_at = excluded.recorded_at");
        Query insert = em.createNativeQuery(sql.toString()).setParameter(1, activityId)
                .setParameter(2, currentUser.auditActor());
        for (int i = 0; i < values.size(); i++) {
            insert.setParameter(i + 3, values.get(i));
        }
        insert.executeUpdate();
    }

    private ActivitySummary load(long activityId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select " + SUMMARY_COLUMNS + ", false from explorer_activity a"
                + " where a.id = ?1").setParameter(1, activityId).getResultList();
        if (rows.isEmpty()) {
            throw new NotFoundException();
        }
        return toSummary(rows.get(0));
    }

    static ActivitySummary toSummary(Object[] r) {
        return new ActivitySummary(SqlValues.longValue(r[0]), SqlValues.longValue(r[1]),
                ActivityKind.valueOf((String) r[2]), (String) r[3], SqlValues.instant(r[4]), SqlValues.instant(r[5]),
                (String) r[6], r[7] == null ? null : ((Number) r[7]).intValue(), SqlValues.decimal(r[8]),
                (Boolean) r[9], SqlValues.longValue(r[10]), (Boolean) r[11]);
    }
}
