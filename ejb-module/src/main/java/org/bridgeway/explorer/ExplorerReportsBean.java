package org.bridgeway.explorer;

import org.bridgeway.shared.SqlValues;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.bridgeway.explorer.api.AttendanceMark;
import org.bridgeway.explorer.api.ExplorerReports;
import org.bridgeway.explorer.api.Gender;
import org.bridgeway.explorer.api.ParticipantStatus;
import org.bridgeway.identity.api.CurrentUser;
import org.bridgeway.identity.api.Permission;
import org.bridgeway.shared.AgencyCalendar;
import org.bridgeway.shared.BusinessException;
import org.bridgeway.shared.reports.SuppressedTable;

/** Counts grouped in SQL; only the suppressed tables leave this bean. */
@Stateless
public class ExplorerReportsBean implements ExplorerReports {

    /** Gender column for members who did not state one. */
    public static final String NOT_STATED = "NOT_STATED";
    private static final int MAX_MONTHS = 36;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private PostScope scope;

    @Inject
    private AgencyCalendar calendar;

    @Override
    public SuppressedTable attendanceByMonth(Long postId, YearMonth from, YearMonth until) {
        List<YearMonth> months = months(from, until);
        String posts = postCondition(postId, "a.post_id");
        Query q = em.createNativeQuery("select to_char(a.starts_at at time zone ?3, 'YYYY-MM'), att.mark, count(*)"
                + " from explorer_attendance att join explorer_activity a on a.id = att.activity_id"
                + " where a.starts_at >= ?1 and a.starts_at < ?2" + posts + " group by 1, 2");
        bindMonths(q, from, until);
        Map<String, Map<String, Long>> counts = grouped(q);
        List<String> columns = List.of(AttendanceMark.PRESENT.name(), AttendanceMark.EXCUSED.name(),
                AttendanceMark.ABSENT.name());
        return table(months.stream().map(YearMonth::toString).toList(), columns, counts);
    }

    @Override
    public List<HoursInMonth> hoursByMonth(Long postId, YearMonth from, YearMonth until) {
        List<YearMonth> months = months(from, until);
        String posts = postCondition(postId, "a.post_id");
        Query q = em.createNativeQuery("select to_char(a.starts_at at time zone ?3, 'YYYY-MM'),"
                + " count(distinct att.participant_id), sum(a.hours_credited)"
                + " from explorer_attendance att join explorer_activity a on a.id = att.activity_id"
                + " where att.mark = 'PRESENT' and a.starts_at >= ?1 and a.starts_at < ?2" + posts + " group by 1");
        bindMonths(q, from, until);
        Map<String, Object[]> byMonth = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = q.getResultList();
        rows.forEach(r -> byMonth.put((String) r[0], r));
        List<HoursInMonth> hours = new ArrayList<>();
        for (YearMonth month : months) {
            Object[] r = byMonth.get(month.toString());
            boolean shown = r != null && SqlValues.longValue(r[1]) >= SuppressedTable.THRESHOLD;
            hours.add(new HoursInMonth(month, shown ? SqlValues.decimal(r[2]) : null));
        }
        return hours;
    }

    @Override
    public SuppressedTable retentionByCohort(Long postId) {
        String posts = postCondition(postId, "m.post_id");
        Query q = em.createNativeQuery("select c.name, m.status, count(*) from explorer_participant m"
                + " join explorer_cohort c on c.id = m.cohort_id"
                + " where m.status in ('PROBATION', 'ACTIVE', 'AT_RISK', 'INACTIVE', 'ALUMNI')" + posts
                + " group by 1, 2");
        Map<String, Map<String, Long>> counts = grouped(q);
        List<String> columns = List.of(ParticipantStatus.PROBATION.name(), ParticipantStatus.ACTIVE.name(),
                ParticipantStatus.AT_RISK.name(), ParticipantStatus.INACTIVE.name(), ParticipantStatus.ALUMNI.name());
        return table(counts.keySet().stream().sorted().toList(), columns, counts);
    }

    @Override
    public SuppressedTable participationByLanguageAndGender(Long postId) {
        String posts = postCondition(postId, "m.post_id");
        Query q = em.createNativeQuery("select m.preferred_language, coalesce(m.gender, '" + NOT_STATED + "'), count(*)"
                + " from explorer_participant m"
                + " where m.status in ('PROBATION', 'ACTIVE', 'AT_RISK', 'INACTIVE')" + posts + " group by 1, 2");
        Map<String, Map<String, Long>> counts = grouped(q);
        List<String> columns = new ArrayList<>();
        for (Gender g : Gender.values()) {
            if (g != Gender.PREFER_NOT_TO_SAY) {
                columns.add(g.name());
            }
        }
        columns.add(NOT_STATED);
        // "Prefer not to say" is not a gender: it counts with the unstated.
        counts.values().forEach(byGender -> {
            Long declined = byGender.remove(Gender.PREFER_NOT_TO_SAY.name());
            if (declined != null) {
                byGender.merge(NOT_STATED, declined, Long::sum);
            }
        });
        return table(counts.keySet().stream().sorted().toList(), columns, counts);
    }

    private List<YearMonth> months(YearMonth from, YearMonth until) {
        currentUser.checkPermission(Permission.EXPLORER_REPORTS);
        if (until.isBefore(from)) {
            throw new BusinessException("explorer.validation.endBeforeStart");
        }
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = from; !m.isAfter(until); m = m.plusMonths(1)) {
            months.add(m);
            if (months.size() > MAX_MONTHS) {
                throw new BusinessException("explorer.error.reportTooLong", MAX_MONTHS);
            }
        }
        return months;
    }

    private void bindMonths(Query q, YearMonth from, YearMonth until) {
        q.setParameter(1, Timestamp.from(calendar.startOf(from)))
                .setParameter(2, Timestamp.from(calendar.startOf(until.plusMonths(1))))
                .setParameter(3, calendar.zone().getId());
    }

    /** The caller's posts as SQL (ids from the database, inlined), narrowed to one post when asked. */
    private String postCondition(Long postId, String column) {
        currentUser.checkPermission(Permission.EXPLORER_REPORTS);
        if (postId != null) {
            scope.checkVisible(postId);
            return " and " + column + " = " + postId.longValue();
        }
        if (scope.seesAllPosts()) {
            return "";
        }
        List<Long> visible = scope.visiblePostIds();
        return visible.isEmpty() ? " and false"
                : visible.stream().map(String::valueOf).collect(Collectors.joining(",", " and " + column + " in (", ")"));
    }

    private static Map<String, Map<String, Long>> grouped(Query q) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = q.getResultList();
        Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
        for (Object[] r : rows) {
            counts.computeIfAbsent((String) r[0], k -> new HashMap<>()).merge((String) r[1], SqlValues.longValue(r[2]),
                    Long::sum);
        }
        return counts;
    }

    private static SuppressedTable table(List<String> rows, List<String> columns, Map<String, Map<String, Long>> counts) {
        long[][] cells = new long[rows.size()][columns.size()];
        for (int i = 0; i < rows.size(); i++) {
            Map<String, Long> row = counts.getOrDefault(rows.get(i), Map.of());
            for (int j = 0; j < columns.size(); j++) {
                cells[i][j] = row.getOrDefault(columns.get(j), 0L);
            }
        }
        return SuppressedTable.of(rows, columns, cells);
    }
}
