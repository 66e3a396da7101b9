package org.bridgeway.recruitment;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bridgeway.identity.api.CurrentUser;
import org.bridgeway.identity.api.Permission;
import org.bridgeway.recruitment.api.ApplicantSource;
import org.bridgeway.recruitment.api.RecruitmentReports;
import org.bridgeway.recruitment.api.SelfIdentification;
import org.bridgeway.recruitment.api.ReportFilter;
import org.bridgeway.recruitment.api.StepView;
import org.bridgeway.shared.AgencyCalendar;
import org.bridgeway.shared.reports.SuppressedTable;

@Stateless
public class RecruitmentReportsBean implements RecruitmentReports {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private StepCatalog catalog;

    @Inject
    private AgencyCalendar calendar;

    @Override
    public SuppressedTable funnel(ReportFilter filter) {
        currentUser.checkPermission(Permission.RECRUITMENT_REPORTS);
        long templateId = catalog.defaultTemplateId();
        List<StepView> steps = catalog.steps(templateId);
        List<Object> parameters = new ArrayList<>();
        String where = where(templateId, filter, parameters);
        // One visit per applicant and step (applicants only move forward), so count(*) counts people.
        Query query = em.createNativeQuery("select v.step_id, a.source, count(*) from applicant_step_visit v"
                + " join applicant a on a.id = v.applicant_id where " + where + " group by v.step_id, a.source");
        bind(query, parameters);
        Map<Long, Integer> rowOf = positions(steps);
        List<String> columns = Arrays.stream(ApplicantSource.values()).map(Enum::name).toList();
        long[][] counts = new long[steps.size()][columns.size()];
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        for (Object[] r : rows) {
            Integer row = rowOf.get(((Number) r[0]).longValue());
            if (row != null) {
                counts[row][ApplicantSource.valueOf((String) r[1]).ordinal()] = ((Number) r[2]).longValue();
            }
        }
        return SuppressedTable.of(steps.stream().map(s -> String.valueOf(s.id())).toList(), columns, counts);
    }

    @Override
    public SuppressedTable diversity(Dimension dimension, ReportFilter filter) {
        currentUser.checkPermission(Permission.RECRUITMENT_REPORTS);
        long templateId = catalog.defaultTemplateId();
        List<StepView> steps = catalog.steps(templateId);
        List<String> answers = new ArrayList<>(switch (dimension) {
            case GENDER -> SelfIdentification.GENDERS;
            case VETERAN -> SelfIdentification.VETERAN;
            case RACE_ETHNICITY -> SelfIdentification.RACE_ETHNICITY;
        });
        if (dimension == Dimension.RACE_ETHNICITY) {
            answers.add(answers.size() - 1, TWO_OR_MORE);
        }
        answers.add(NOT_ANSWERED);
        String answer = switch (dimension) {
            case GENDER -> "s.gender";
            case VETERAN -> "s.veteran";
            case RACE_ETHNICITY -> "case when s.race_ethnicity like '%,%' then '" + TWO_OR_MORE + "' else s.race_ethnicity end";
        };
        List<Object> parameters = new ArrayList<>();
        String where = where(templateId, filter, parameters);
        Query query = em.createNativeQuery("select coalesce(" + answer + ", '" + NOT_ANSWERED + "'), v.step_id, count(*)"
                + " from applicant_step_visit v join applicant a on a.id = v.applicant_id"
                + " left join applicant_self_identification s on s.applicant_id = a.id where " + where
                + " group by 1, 2");
        bind(query, parameters);
        Map<Long, Integer> columnOf = positions(steps);
        long[][] counts = new long[answers.size()][steps.size()];
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        for (Object[] r : rows) {
            int row = answers.indexOf((String) r[0]);
            Integer column = columnOf.get(((Number) r[1]).longValue());
            if (row >= 0 && column != null) {
                counts[row][column] = ((Number) r[2]).longValue();
            }
        }
        return SuppressedTable.of(answers, steps.stream().map(s -> String.valueOf(s.id())).toList(), counts);
    }

    static final String TWO_OR_MORE = "TWO_OR_MORE";
    static final String NOT_ANSWERED = "NOT_ANSWERED";

    /** The template's non-merged applicants with the filters in use; parameters appended in order. */
    private String where(long templateId, ReportFilter filter, List<Object> parameters) {
        parameters.add(templateId);
        StringBuilder where = new StringBuilder("a.template_id = ?1 and a.state <> 'MERGED'");
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
            where.append(" and a.preferred_language = ?").append(parameters.size());
        }
        if (filter.from() != null) {
            parameters.add(Timestamp.from(calendar.startOf(filter.from())));
            where.append(" and a.created_at >= ?").append(parameters.size());
        }
        if (filter.until() != null) {
            parameters.add(Timestamp.from(calendar.startOf(filter.until().plusDays(1))));
            where.append(" and a.created_at < ?").append(parameters.size());
        }
        return where.toString();
    }

    private static void bind(Query query, List<Object> parameters) {
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
    }

    private static Map<Long, Integer> positions(List<StepView> steps) {
        Map<Long, Integer> positions = new HashMap<>();
        for (int i = 0; i < steps.size(); i++) {
            positions.put(steps.get(i).id(), i);
        }
        return positions;
    }
}
