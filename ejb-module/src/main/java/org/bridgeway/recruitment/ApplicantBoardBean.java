package org.bridgeway.recruitment;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bridgeway.identity.api.CurrentUser;
import org.bridgeway.identity.api.Permission;
import org.bridgeway.partners.api.PartnerDirectory;
import org.bridgeway.recruitment.api.ApplicantBoard;
import org.bridgeway.recruitment.api.ApplicantSource;
import org.bridgeway.recruitment.api.ApplicantState;
import org.bridgeway.recruitment.api.BoardCard;
import org.bridgeway.recruitment.api.BoardFilter;
import org.bridgeway.shared.SqlValues;

/**
 * Counts and cards of open applicants per step. The SQL holds only the filters in use, so each filter is served
 * by its own partial index (see V10__recruitment.sql).
 */
@Stateless
public class ApplicantBoardBean implements ApplicantBoard {

    static final int MAX_CARDS = 200;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private PartnerDirectory partners;

    @Override
    public Map<Long, Long> counts(BoardFilter filter) {
        currentUser.checkPermission(Permission.RECRUITMENT_READ);
        List<Object> parameters = new ArrayList<>();
        String where = where(filter, parameters);
        Query query = em.createNativeQuery("select a.current_step_id, count(*) from applicant a where " + where
                + " group by a.current_step_id");
        bind(query, parameters);
        Map<Long, Long> counts = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        rows.forEach(r -> counts.put(((Number) r[0]).longValue(), ((Number) r[1]).longValue()));
        return counts;
    }

    @Override
    public List<BoardCard> cards(long stepId, BoardFilter filter, int offset, int limit) {
        currentUser.checkPermission(Permission.RECRUITMENT_READ);
        List<Object> parameters = new ArrayList<>();
        parameters.add(stepId);
        String where = "a.current_step_id = ?1 and " + where(filter, parameters);
        parameters.add(Math.max(0, offset));
        parameters.add(Math.max(1, Math.min(limit, MAX_CARDS)));
        Query query = em.createNativeQuery("select a.id, a.given_name, a.family_name, a.source, a.source_partner_id,"
                + " a.step_entered_at, a.state, a.preferred_language from applicant a where " + where
                + " order by a.step_entered_at, a.id offset ?" + (parameters.size() - 1) + " limit ?" + parameters.size());
        bind(query, parameters);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        Map<Long, String> partnerNames = partners.names(rows.stream().filter(r -> r[4] != null)
                .map(r -> ((Number) r[4]).longValue()).distinct().toList());
        Instant now = Instant.now();
        return rows.stream().map(r -> new BoardCard(((Number) r[0]).longValue(), r[1] + " " + r[2],
                ApplicantSource.valueOf((String) r[3]), r[4] == null ? null : partnerNames.get(((Number) r[4]).longValue()),
                Duration.between(SqlValues.instant(r[5]), now).toDays(), ApplicantState.valueOf((String) r[6]),
                (String) r[7])).toList();
    }

    /** Open applicants, with the filters in use; parameters are appended in order (?n numbering continues). */
    private static String where(BoardFilter filter, List<Object> parameters) {
        StringBuilder where = new StringBuilder("a.state in ('ACTIVE', 'DEFERRED')");
        if (filter.partnerId() != null) {
            parameters.add(filter.partnerId());
            where.append(" and a.source_partner_id = ?").append(parameters.size());
        }
        if (filter.recruiterId() != null) {
            parameters.add(filter.recruiterId());
            where.append(" and a.recruiter_account_id = ?").append(parameters.size());
        }
        if (filter.language() != null && !filter.language().isBlank()) {
            parameters.add(filter.language());
            int n = parameters.size();
            where.append(" and (a.preferred_language = ?").append(n).append(" or exists (select 1 from applicant_language l")
                    .append(" where l.language = ?").append(n).append(" and l.applicant_id = a.id))");
        }
        if (filter.stepId() != null) {
            parameters.add(filter.stepId());
            where.append(" and a.current_step_id = ?").append(parameters.size());
        }
        return where.toString();
    }

    private static void bind(Query query, List<Object> parameters) {
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
    }
}
