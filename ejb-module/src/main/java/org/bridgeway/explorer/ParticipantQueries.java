package org.bridgeway.explorer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bridgeway.explorer.api.ParticipantFilter;
import org.bridgeway.explorer.api.ParticipantStatus;
import org.bridgeway.explorer.api.ParticipantSummary;
import org.bridgeway.shared.PageRequest;

/**
 * The participant list in SQL: filtered, sorted and paged by the database, limited to the caller's posts, one
 * query for the page and one for the count. Every filter has an index (V8__explorer.sql).
 */
@ApplicationScoped
class ParticipantQueries {

    private static final Map<String, String> SORT_COLUMNS = Map.of(
            "displayName", "coalesce(m.preferred_name, m.given_name)", "familyName", "m.family_name",
            "status", "m.status", "age", "m.birth_date", "postName", "p.name", "cohortName", "c.name");

    @PersistenceContext
    private EntityManager em;

    @Inject
    private PostScope scope;

    long count(ParticipantFilter filter, LocalDate today) {
        var where = where(filter);
        if (where == null) {
            return 0;
        }
        Query q = em.createNativeQuery("select count(*) from explorer_participant m" + where.sql);
        where.bind(q);
        return ((Number) q.getSingleResult()).longValue();
    }

    List<ParticipantSummary> rows(ParticipantFilter filter, PageRequest page, LocalDate today) {
        var where = where(filter);
        if (where == null) {
            return List.of();
        }
        String sort = page.sortField() == null ? null : SORT_COLUMNS.get(page.sortField());
        String direction = page.ascending() ? " asc" : " desc";
        // Age ascending means the youngest first, i.e. the latest birth date.
        if ("age".equals(page.sortField())) {
            direction = page.ascending() ? " desc" : " asc";
        }
        String order = sort == null ? "m.family_name asc, m.given_name asc" : sort + direction;
        Query q = em.createNativeQuery("select m.id, coalesce(m.preferred_name, m.given_name) || ' ' || m.family_name,"
                + " m.family_name, p.name, c.name, m.status,"
                + " extract(year from age(cast(?9 as date), m.birth_date)), m.preferred_language"
                + " from explorer_participant m join explorer_post p on p.id = m.post_id"
                + " left join explorer_cohort c on c.id = m.cohort_id"
                + where.sql + " order by " + order + ", m.id offset ?10 limit ?11");
        where.bind(q);
        q.setParameter(9, Date.valueOf(today)).setParameter(10, page.offset()).setParameter(11, page.size());
        @SuppressWarnings("unchecked")
        List<Object[]> found = q.getResultList();
        List<ParticipantSummary> rows = new ArrayList<>(found.size());
        for (Object[] r : found) {
            rows.add(new ParticipantSummary(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                    (String) r[3], (String) r[4], ParticipantStatus.valueOf((String) r[5]),
                    ((Number) r[6]).intValue(), (String) r[7]));
        }
        return rows;
    }

    /** Positional parameters 1–5 are the filter's; null when the caller sees no post at all. */
    private Where where(ParticipantFilter filter) {
        var where = new Where();
        if (!scope.seesAllPosts()) {
            List<Long> posts = scope.visiblePostIds();
            if (posts.isEmpty()) {
                return null;
            }
            // Ids from the database, numbers only: safe to inline, and the planner sees them.
            where.sql.append(posts.stream().map(String::valueOf)
                    .collect(java.util.stream.Collectors.joining(",", " and m.post_id in (", ")")));
        }
        if (filter.postId() != null) {
            where.sql.append(" and m.post_id = ?2");
            where.values[2] = filter.postId();
        }
        if (filter.cohortId() != null) {
            where.sql.append(" and m.cohort_id = ?3");
            where.values[3] = filter.cohortId();
        }
        if (filter.status() != null) {
            where.sql.append(" and m.status = ?4");
            where.values[4] = filter.status().name();
        }
        if (filter.name() != null && !filter.name().isBlank()) {
            // The same expression as the trigram index, so the index serves it.
            where.sql.append(" and lower(m.given_name || ' ' || m.family_name || ' ' || coalesce(m.preferred_name, ''))"
                    + " like ?5");
            where.values[5] = ParticipantsBean.likePattern(filter.name());
        }
        if (where.sql.length() > 0) {
            where.sql.replace(0, 5, " where ");
        }
        return where;
    }

    private static final class Where {
        private final StringBuilder sql = new StringBuilder();
        private final Object[] values = new Object[6];

        void bind(Query q) {
            for (int i = 1; i < values.length; i++) {
                if (values[i] != null) {
                    q.setParameter(i, values[i]);
                }
            }
        }
    }
}
