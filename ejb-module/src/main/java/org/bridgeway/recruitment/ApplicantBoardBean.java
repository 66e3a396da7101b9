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
import org.bridgeway.shared.audit.AuditKind;
import org.bridgeway.shared.audit.AuditTrail;

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

    @Inject
    private org.bridgeway.identity.api.AccountDirectory accounts;

    @Inject
    private StepCatalog catalog;

    @Inject
    private AuditTrail audit;

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

    @Override
    public byte[] exportCsv(BoardFilter filter) {
        currentUser.checkPermission(Permission.RECRUITMENT_READ);
        List<Object> parameters = new ArrayList<>();
        String where = where(filter, parameters);
        parameters.add(EXPORT_MAX_ROWS);
        Query query = em.createNativeQuery("select a.id, a.given_name, a.family_name, a.email, a.phone,"
                + " a.preferred_language, (select string_agg(l.language, ' ' order by l.position) from applicant_language l"
                + " where l.applicant_id = a.id), a.interpreter_needed, a.source, a.source_partner_id, a.source_event,"
                + " a.current_step_id, a.state, a.step_entered_at, a.recruiter_account_id from applicant a where " + where
                + " order by a.family_name, a.given_name, a.id limit ?" + parameters.size());
        bind(query, parameters);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        Map<Long, String> partnerNames = partners.names(rows.stream().filter(r -> r[9] != null)
                .map(r -> ((Number) r[9]).longValue()).distinct().toList());
        Map<Long, String> recruiters = accounts.displayNames(rows.stream().filter(r -> r[14] != null)
                .map(r -> ((Number) r[14]).longValue()).distinct().toList());
        Map<Long, org.bridgeway.recruitment.api.StepView> steps = catalog.byIds(rows.stream()
                .map(r -> ((Number) r[11]).longValue()).distinct().toList());
        var out = new java.io.ByteArrayOutputStream();
        Instant now = Instant.now();
        try (var printer = new org.apache.commons.csv.CSVPrinter(new java.io.OutputStreamWriter(out,
                java.nio.charset.StandardCharsets.UTF_8), org.apache.commons.csv.CSVFormat.DEFAULT.builder()
                .setHeader("id", "given_name", "family_name", "email", "phone", "preferred_language", "languages",
                        "interpreter_needed", "source", "partner", "event", "step", "state", "days_in_step", "recruiter")
                .get())) {
            for (Object[] r : rows) {
                var step = steps.get(((Number) r[11]).longValue());
                printer.printRecord(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8],
                        r[9] == null ? null : partnerNames.get(((Number) r[9]).longValue()), r[10],
                        step == null ? null : step.code(), r[12],
                        Duration.between(SqlValues.instant(r[13]), now).toDays(),
                        r[14] == null ? null : recruiters.get(((Number) r[14]).longValue()));
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        audit.record(AuditKind.EXPORT, "applicant-list", rows.size() + " rows");
        return out.toByteArray();
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
            // Spoken languages always include the preferred one (Applicant.apply), so one semi-join answers it.
            where.append(" and exists (select 1 from applicant_language l where l.applicant_id = a.id and l.language = ?")
                    .append(n).append(")");
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
