package org.bridgeway.recruitment;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bridgeway.identity.api.CurrentUser;
import org.bridgeway.identity.api.Permission;
import org.bridgeway.partners.api.PartnerDirectory;
import org.bridgeway.recruitment.api.ApplicantState;
import org.bridgeway.recruitment.api.PartnerReferrals;
import org.bridgeway.recruitment.api.ReferralProgress;
import org.bridgeway.recruitment.api.StepView;
import org.bridgeway.shared.NotFoundException;
import org.bridgeway.shared.SqlValues;
import org.bridgeway.shared.reports.SuppressedTable;

@Stateless
public class PartnerReferralsBean implements PartnerReferrals {

    static final String HIRED = "HIRED";
    static final String CLOSED = "CLOSED";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private PartnerDirectory partners;

    @Inject
    private StepCatalog catalog;

    /** The caller's own organisation; an unlinked account has none to see. */
    private long myPartner() {
        currentUser.checkPermission(Permission.RECRUITMENT_PARTNER);
        return currentUser.accountId().flatMap(partners::partnerOfAccount).orElseThrow(NotFoundException::new);
    }

    @Override
    public String partnerName() {
        long partner = myPartner();
        return partners.names(List.of(partner)).get(partner);
    }

    @Override
    public SuppressedTable counts() {
        long partner = myPartner();
        List<StepView> steps = catalog.steps(catalog.defaultTemplateId());
        List<String> rows = new ArrayList<>(steps.stream().map(s -> String.valueOf(s.id())).toList());
        rows.add(HIRED);
        rows.add(CLOSED);
        Map<String, Integer> rowOf = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            rowOf.put(rows.get(i), i);
        }
        long[][] counts = new long[rows.size()][1];
        @SuppressWarnings("unchecked")
        List<Object[]> found = em.createNativeQuery("select case when state in ('ACTIVE', 'DEFERRED')"
                        + " then cast(current_step_id as varchar) when state = 'HIRED' then 'HIRED' else 'CLOSED' end,"
                        + " count(*) from applicant where source_partner_id = ?1 and state <> 'MERGED' group by 1")
                .setParameter(1, partner).getResultList();
        for (Object[] r : found) {
            Integer row = rowOf.get((String) r[0]);
            // An open applicant on another template's step counts with the closed-or-elsewhere row.
            counts[row == null ? rowOf.get(CLOSED) : row][0] += ((Number) r[1]).longValue();
        }
        return SuppressedTable.of(rows, List.of("count"), counts);
    }

    @Override
    public List<ReferralProgress> sharedProgress() {
        long partner = myPartner();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select given_name || ' ' || family_name, current_step_id, state,"
                        + " partner_sharing_since from applicant where source_partner_id = ?1"
                        + " and partner_sharing_since is not null and state <> 'MERGED' order by family_name, given_name")
                .setParameter(1, partner).getResultList();
        Map<Long, StepView> steps = catalog.byIds(rows.stream().map(r -> ((Number) r[1]).longValue()).toList());
        return rows.stream().map(r -> ReferralProgress.of((String) r[0], steps.get(((Number) r[1]).longValue()),
                ApplicantState.valueOf((String) r[2]), SqlValues.instant(r[3]))).toList();
    }
}
