package org.bridgeway.partners;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bridgeway.identity.api.CurrentUser;
import org.bridgeway.identity.api.Permission;
import org.bridgeway.partners.api.LanguageAccess;
import org.bridgeway.shared.BusinessException;
import org.bridgeway.shared.reports.SuppressedTable;

@Stateless
public class LanguageAccessBean implements LanguageAccess {

    /** The longest period one report covers: the plan's reporting year and a little. */
    private static final int MAX_MONTHS = 24;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentUser currentUser;

    @Override
    public void record(LocalDate on, Context context, String language, Provision provision, Long referenceId) {
        currentUser.checkPermission(Permission.LANGUAGE_LOG);
        recordChecked(em, currentUser.auditActor(), on, context, language, provision, referenceId);
    }

    /** For this context's own screens (outreach contacts, events, academy) whose permission was already checked. */
    static void recordChecked(EntityManager em, String actor, LocalDate on, Context context, String language,
            Provision provision, Long referenceId) {
        if (on == null || context == null || provision == null || language == null || !language.matches("[a-z]{2,3}")
                || on.isAfter(LocalDate.now().plusDays(1))) {
            throw new BusinessException("language.access.invalid");
        }
        em.createNativeQuery("""
                insert into language_access_entry (occurred_on, context, language, interpreter_needed, provision,
                    reference_id, recorded_by, recorded_at)
                values (?1, ?2, ?3, ?4, cast(?5 as varchar), cast(?6 as bigint), ?7, now())""")
                .setParameter(1, Date.valueOf(on)).setParameter(2, context.name()).setParameter(3, language)
                .setParameter(4, provision != Provision.NOT_NEEDED)
                .setParameter(5, provision == Provision.NOT_NEEDED ? null : provision.name())
                .setParameter(6, referenceId).setParameter(7, actor).executeUpdate();
    }

    @Override
    public SuppressedTable monthlyReport(YearMonth from, YearMonth until) {
        currentUser.checkPermission(Permission.COMMUNITY_REPORTS);
        if (from == null || until == null || until.isBefore(from) || from.plusMonths(MAX_MONTHS).isBefore(until)) {
            throw new BusinessException("report.period.invalid", MAX_MONTHS);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select cast(date_trunc('month', occurred_on) as date), language, provision, count(*)
                  from language_access_entry
                 where occurred_on >= ?1 and occurred_on < ?2
                 group by 1, 2, 3 order by 1, 2""")
                .setParameter(1, Date.valueOf(from.atDay(1)))
                .setParameter(2, Date.valueOf(until.plusMonths(1).atDay(1))).getResultList();
        List<String> columns = Arrays.stream(Provision.values()).map(Enum::name).toList();
        Map<String, long[]> counts = new LinkedHashMap<>();
        for (Object[] r : rows) {
            String month = YearMonth.from(org.bridgeway.shared.SqlValues.date(r[0])).toString();
            long[] line = counts.computeIfAbsent(month + " " + r[1], k -> new long[columns.size()]);
            line[columns.indexOf(r[2] == null ? Provision.NOT_NEEDED.name() : (String) r[2])] = ((Number) r[3]).longValue();
        }
        return SuppressedTable.of(new ArrayList<>(counts.keySet()), columns, counts.values().toArray(long[][]::new));
    }
}
