package org.bridgeway.explorer;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.YearMonth;
import org.bridgeway.identity.api.CurrentUser;
import org.bridgeway.identity.api.Permission;
import org.bridgeway.shared.AgencyCalendar;
import org.bridgeway.shared.BusinessException;

/**
 * The monthly standing computation as one SQL statement. It applies the same table as {@link StandingRules}
 * (docs/explorer-standing.md; ExplorerStandingIT compares the two cell by cell) to every member who has no
 * result for the month yet. The primary key (participant, month) with "on conflict do nothing" makes a second
 * run — or a concurrent one on another server — record and change nothing.
 */
@Stateless
public class StandingComputationBean implements org.bridgeway.explorer.api.StandingComputation {

    private static final long LOCK_KEY = 0x42_57_45_58_53_54L; // "BWEXST": one standing run at a time

    private static final String COMPUTE = """
            with members as (
                select m.id, m.post_id, m.cohort_id, m.status, m.probation_months, m.birth_date,
                       p.monthly_activities as bar_activities, p.monthly_hours as bar_hours
                  from explorer_participant m join explorer_post p on p.id = m.post_id
                 where m.status in ('PROBATION', 'ACTIVE', 'AT_RISK', 'INACTIVE')
                   and m.member_since <= ?1
                   and not exists (select 1 from explorer_standing_month s
                                    where s.participant_id = m.id and s.month = ?1)
            ), invited as (
                select mb.id as participant_id, a.hours_credited, att.mark
                  from members mb
                  join explorer_activity a on a.post_id = mb.post_id and not a.cancelled
                                          and a.starts_at >= ?2 and a.starts_at < ?3
                  left join explorer_attendance att on att.activity_id = a.id and att.participant_id = mb.id
                 where not exists (select 1 from explorer_activity_cohort ac where ac.activity_id = a.id)
                    or exists (select 1 from explorer_activity_cohort ac
                                where ac.activity_id = a.id and ac.cohort_id = mb.cohort_id)
            ), tally as (
                -- Excused absences count neither way: not offered, not attended.
                select mb.id,
                       count(i.participant_id) filter (where i.mark is distinct from 'EXCUSED') as offered,
                       count(i.participant_id) filter (where i.mark = 'PRESENT') as attended,
                       coalesce(sum(i.hours_credited) filter (where i.mark = 'PRESENT'), 0) as hours
                  from members mb left join invited i on i.participant_id = mb.id
                 group by mb.id
            ), assessed as (
                select mb.id, mb.status, mb.probation_months, t.attended, t.hours,
                       case when exists (select 1 from explorer_leave l where l.participant_id = mb.id
                                            and l.starts_on <= ?4 and l.ends_on >= ?1) then 'NOT_COUNTED'
                            when t.attended >= mb.bar_activities or t.hours >= mb.bar_hours then 'MET'
                            when t.offered < mb.bar_activities then 'NOT_COUNTED'
                            else 'MISSED' end as outcome,
                       mb.birth_date + interval '21 years' <= ?4 as turned21
                  from members mb join tally t on t.id = mb.id
            ), decided as (
                select a.*,
                       case when a.turned21 then 'ALUMNI'
                            when a.outcome = 'NOT_COUNTED' then a.status
                            when a.status = 'PROBATION' then
                                 case when a.probation_months + 1 < ?5 then 'PROBATION'
                                      when a.outcome = 'MET' then 'ACTIVE' else 'AT_RISK' end
                            when a.status = 'ACTIVE' then case when a.outcome = 'MET' then 'ACTIVE' else 'AT_RISK' end
                            when a.status = 'AT_RISK' then case when a.outcome = 'MET' then 'ACTIVE' else 'INACTIVE' end
                            else 'INACTIVE' end as standing_after
                  from assessed a
            ), recorded as (
                insert into explorer_standing_month (participant_id, month, activities, hours, outcome,
                                                     standing_before, standing_after, computed_at)
                select id, ?1, attended, hours, outcome, status, standing_after, now() from decided
                on conflict (participant_id, month) do nothing
                returning participant_id, standing_before, standing_after, outcome
            ), moved as (
                update explorer_participant m
                   set status = r.standing_after,
                       probation_months = m.probation_months
                           + case when r.standing_before = 'PROBATION' and r.outcome <> 'NOT_COUNTED' then 1 else 0 end,
                       status_reason = case when r.standing_before <> r.standing_after
                                            then 'explorer.reason.standing' else m.status_reason end,
                       status_changed_at = case when r.standing_before <> r.standing_after
                                                then now() else m.status_changed_at end
                  from recorded r
                 where m.id = r.participant_id
                returning m.id
            ), logged as (
                insert into explorer_status_change (participant_id, from_status, to_status, reason, actor, changed_at)
                select participant_id, standing_before, standing_after, 'explorer.reason.standing', ?6, now()
                  from recorded where standing_before <> standing_after
                returning 1
            )
            select (select count(*) from recorded), (select count(*) from moved), (select count(*) from logged)""";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private AgencyCalendar calendar;

    @Override
    public int computeMonth(YearMonth month) {
        currentUser.checkPermission(Permission.EXPLORER_WRITE);
        if (!month.isBefore(YearMonth.from(calendar.today()))) {
            throw new BusinessException("explorer.error.monthNotOver");
        }
        em.createNativeQuery("select pg_advisory_xact_lock(?1)").setParameter(1, LOCK_KEY).getSingleResult();
        LocalDate first = month.atDay(1);
        Object[] counts = (Object[]) em.createNativeQuery(COMPUTE)
                .setParameter(1, Date.valueOf(first))
                .setParameter(2, Timestamp.from(calendar.startOf(first)))
                .setParameter(3, Timestamp.from(calendar.startOf(month.plusMonths(1))))
                .setParameter(4, Date.valueOf(month.atEndOfMonth()))
                .setParameter(5, StandingRules.PROBATION_MONTHS)
                .setParameter(6, currentUser.auditActor())
                .getSingleResult();
        return ((Number) counts[0]).intValue();
    }
}
