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
import org.bridgeway.recruitment.api.StepTime;
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

    @Inject
    private org.bridgeway.partners.api.PartnerDirectory partners;

    @Inject
    private org.bridgeway.identity.api.AccountDirectory accounts;

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

    @Override
    public List<StepTime> timeInStep(Grouping grouping, ReportFilter filter) {
        currentUser.checkPermission(Permission.RECRUITMENT_REPORTS);
        long templateId = catalog.defaultTemplateId();
        List<Object> parameters = new ArrayList<>();
        String where = where(templateId, filter, parameters);
        String group = switch (grouping) {
            case SOURCE -> "a.source";
            case PARTNER -> "cast(a.source_partner_id as varchar)";
            case LANGUAGE -> "a.preferred_language";
            case RECRUITER -> "cast(a.recruiter_account_id as varchar)";
        };
        // Time in each step left, then time to hire, in one statement; percentiles computed by PostgreSQL.
        Query query = em.createNativeQuery("""
                select g, k, count(*), percentile_cont(0.5) within group (order by d),
                       percentile_cont(0.9) within group (order by d)
                  from (select %1$s as g, cast(v.step_id as varchar) as k,
                               extract(epoch from v.left_at - v.entered_at) / 86400 as d
                          from applicant_step_visit v join applicant a on a.id = v.applicant_id
                         where %2$s and v.left_at is not null
                        union all
                        select %1$s, 'HIRED', extract(epoch from v.entered_at - a.created_at) / 86400
                          from applicant_step_visit v join applicant a on a.id = v.applicant_id
                          join hiring_step s on s.id = v.step_id and s.kind = 'HIRED'
                         where %2$s) t
                 where g is not null
                 group by g, k""".formatted(group, where));
        bind(query, parameters);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        Map<String, String> labels = groupLabels(grouping, rows.stream().map(r -> (String) r[0]).distinct().toList());
        return rows.stream().map(r -> {
            long people = ((Number) r[2]).longValue();
            boolean shown = people >= SuppressedTable.THRESHOLD;
            return new StepTime(labels.getOrDefault((String) r[0], (String) r[0]), (String) r[1], people,
                    shown ? round(((Number) r[3]).doubleValue()) : null, shown ? round(((Number) r[4]).doubleValue()) : null);
        }).filter(t -> t.medianDays() != null || t.people() > 0).sorted(java.util.Comparator.comparing(StepTime::group)
                .thenComparing(StepTime::stepKey)).toList();
    }

    private Map<String, String> groupLabels(Grouping grouping, List<String> keys) {
        List<Long> ids = keys.stream().filter(k -> k.matches("\\d+")).map(Long::valueOf).toList();
        Map<String, String> labels = new HashMap<>();
        if (grouping == Grouping.PARTNER) {
            partners.names(ids).forEach((id, name) -> labels.put(String.valueOf(id), name));
        } else if (grouping == Grouping.RECRUITER) {
            accounts.displayNames(ids).forEach((id, name) -> labels.put(String.valueOf(id), name));
        }
        return labels;
    }

    private static double round(double days) {
        return Math.round(days * 10) / 10.0;
    }

    @Override
    public SuppressedTable hiresByPartner(java.time.YearMonth from, java.time.YearMonth until) {
        currentUser.checkPermission(Permission.RECRUITMENT_REPORTS);
        if (from == null || until == null || until.isBefore(from) || from.plusMonths(36).isBefore(until)) {
            throw new org.bridgeway.shared.BusinessException("recruitment.reports.period");
        }
        List<String> months = new ArrayList<>();
        for (var m = from; !m.isAfter(until); m = m.plusMonths(1)) {
            months.add(m.toString());
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select a.source_partner_id, to_char(v.entered_at at time zone ?3, 'YYYY-MM'), count(*)
                  from applicant_step_visit v join hiring_step s on s.id = v.step_id and s.kind = 'HIRED'
                  join applicant a on a.id = v.applicant_id
                 where a.source_partner_id is not null and a.state <> 'MERGED'
                   and v.entered_at >= ?1 and v.entered_at < ?2
                 group by 1, 2""")
                .setParameter(1, Timestamp.from(calendar.startOf(from)))
                .setParameter(2, Timestamp.from(calendar.startOf(until.plusMonths(1))))
                .setParameter(3, calendar.zone().getId()).getResultList();
        List<Long> partnerIds = rows.stream().map(r -> ((Number) r[0]).longValue()).distinct().sorted().toList();
        Map<Long, String> names = partners.names(partnerIds);
        long[][] counts = new long[partnerIds.size()][months.size()];
        for (Object[] r : rows) {
            int row = partnerIds.indexOf(((Number) r[0]).longValue());
            int column = months.indexOf((String) r[1]);
            if (row >= 0 && column >= 0) {
                counts[row][column] = ((Number) r[2]).longValue();
            }
        }
        return SuppressedTable.of(partnerIds.stream().map(id -> names.getOrDefault(id, "#" + id)).toList(), months,
                counts);
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
