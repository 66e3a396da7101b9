package org.bridgeway.mentorship;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.bridgeway.explorer.api.ExplorerDirectory;
import org.bridgeway.identity.api.CurrentUser;
import org.bridgeway.identity.api.Permission;
import org.bridgeway.mentorship.api.MentorshipReports;
import org.bridgeway.shared.AgencyCalendar;
import org.bridgeway.shared.BusinessException;
import org.bridgeway.shared.reports.SuppressedTable;

@Stateless
public class MentorshipReportsBean implements MentorshipReports {

    private static final int MAX_MONTHS = 36;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private ExplorerDirectory explorer;

    @Inject
    private AgencyCalendar calendar;

    @Override
    public SuppressedTable matchesByPost() {
        List<Long> posts = posts();
        Map<Long, Map<String, Long>> counts = grouped(em.createNativeQuery("select post_id, status, count(*)"
                + " from mentorship_match where post_id in (" + in(posts) + ") group by 1, 2"));
        return table(posts, List.of("PROPOSED", "ACTIVE", "PAUSED"), counts);
    }

    @Override
    public SuppressedTable sessionsByPost(YearMonth from, YearMonth until) {
        List<Long> posts = posts();
        checkMonths(from, until);
        Query q = em.createNativeQuery("select m.post_id, s.status, count(*) from mentorship_session s"
                + " join mentorship_match m on m.id = s.match_id where m.post_id in (" + in(posts) + ")"
                + " and s.starts_at >= ?1 and s.starts_at < ?2 group by 1, 2")
                .setParameter(1, Timestamp.from(calendar.startOf(from)))
                .setParameter(2, Timestamp.from(calendar.startOf(until.plusMonths(1))));
        return table(posts, List.of("HELD", "NO_SHOW", "CANCELLED", "SCHEDULED"), grouped(q));
    }

    @Override
    public List<HoursInMonth> hoursByMonth(YearMonth from, YearMonth until) {
        List<Long> posts = posts();
        checkMonths(from, until);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select to_char(s.starts_at at time zone ?3, 'YYYY-MM'),"
                        + " count(distinct m.participant_id), sum(extract(epoch from s.ends_at - s.starts_at)) / 3600"
                        + " from mentorship_session s join mentorship_match m on m.id = s.match_id"
                        + " where s.status = 'HELD' and m.post_id in (" + in(posts) + ")"
                        + " and s.starts_at >= ?1 and s.starts_at < ?2 group by 1")
                .setParameter(1, Timestamp.from(calendar.startOf(from)))
                .setParameter(2, Timestamp.from(calendar.startOf(until.plusMonths(1))))
                .setParameter(3, calendar.zone().getId()).getResultList();
        Map<String, Object[]> byMonth = new HashMap<>();
        rows.forEach(r -> byMonth.put((String) r[0], r));
        List<HoursInMonth> result = new ArrayList<>();
        for (YearMonth m = from; !m.isAfter(until); m = m.plusMonths(1)) {
            Object[] r = byMonth.get(m.toString());
            boolean shown = r != null && ((Number) r[1]).longValue() >= SuppressedTable.THRESHOLD;
            result.add(new HoursInMonth(m, shown ? new BigDecimal(r[2].toString()).setScale(1, RoundingMode.HALF_UP)
                    : null));
        }
        return result;
    }

    private List<Long> posts() {
        currentUser.checkPermission(Permission.MENTORSHIP_MANAGE);
        if (currentUser.isPermitted(Permission.EXPLORER_CONFIGURE)) {
            return explorer.allPosts();
        }
        return currentUser.accountId().map(explorer::postsCoordinatedBy).orElse(List.of());
    }

    private static void checkMonths(YearMonth from, YearMonth until) {
        if (until.isBefore(from)) {
            throw new BusinessException("explorer.validation.endBeforeStart");
        }
        if (from.plusMonths(MAX_MONTHS).isBefore(until)) {
            throw new BusinessException("explorer.error.reportTooLong", MAX_MONTHS);
        }
    }

    /** Ids from the directory, numbers only: inlined; an empty list matches nothing. */
    private static String in(List<Long> ids) {
        return ids.isEmpty() ? "-1" : ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    private static Map<Long, Map<String, Long>> grouped(Query q) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = q.getResultList();
        Map<Long, Map<String, Long>> counts = new HashMap<>();
        rows.forEach(r -> counts.computeIfAbsent(((Number) r[0]).longValue(), k -> new HashMap<>())
                .put((String) r[1], ((Number) r[2]).longValue()));
        return counts;
    }

    private SuppressedTable table(List<Long> posts, List<String> columns, Map<Long, Map<String, Long>> counts) {
        // Only posts with something to count: a list of empty posts would only be noise.
        List<Long> rows = posts.stream().filter(counts::containsKey).toList();
        Map<Long, String> names = explorer.postNames(rows);
        long[][] cells = new long[rows.size()][columns.size()];
        for (int i = 0; i < rows.size(); i++) {
            for (int j = 0; j < columns.size(); j++) {
                cells[i][j] = counts.get(rows.get(i)).getOrDefault(columns.get(j), 0L);
            }
        }
        return SuppressedTable.of(rows.stream().map(id -> names.getOrDefault(id, "#" + id)).toList(), columns, cells);
    }
}
