package org.bridgeway.partners;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.bridgeway.identity.api.CurrentUser;
import org.bridgeway.identity.api.Permission;
import org.bridgeway.partners.api.PolicyView;
import org.bridgeway.partners.api.PublicPolicies;
import org.bridgeway.shared.BusinessException;
import org.bridgeway.shared.SqlValues;

@Stateless
public class PublicPoliciesBean implements PublicPolicies {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentUser currentUser;

    @Override
    public List<PolicyView> published(String language) {
        return latest(language, false);
    }

    @Override
    public List<PolicyView> statements(String language) {
        return latest(language, true);
    }

    private List<PolicyView> latest(String language, boolean statements) {
        // The latest version per policy, in the language where one exists, else in English.
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select distinct on (slug) slug, language, version, title, body, published_at
                  from public_policy where language in (?1, 'en') and (alliance_id is not null) = ?2
                 order by slug, case when language = ?1 then 0 else 1 end, version desc""")
                .setParameter(1, language).setParameter(2, statements).getResultList();
        return rows.stream().map(PublicPoliciesBean::view).sorted(java.util.Comparator.comparing(PolicyView::title))
                .toList();
    }

    @Override
    public int publish(String slug, String language, String title, String body) {
        currentUser.checkPermission(Permission.COMMUNITY_PUBLISH);
        if (slug != null && slug.startsWith("alliance-")) {
            throw new BusinessException("policy.invalid");
        }
        return insert(slug, language, title, body, null);
    }

    @Override
    public int publishStatement(long allianceId, String language, String title, String body) {
        currentUser.checkPermission(Permission.COMMUNITY_PUBLISH);
        return insert("alliance-" + allianceId, language, title, body, allianceId);
    }

    private int insert(String slug, String language, String title, String body, Long allianceId) {
        if (slug == null || !slug.matches("[a-z0-9-]{2,60}") || language == null || !language.matches("[a-z]{2,3}")
                || title == null || title.isBlank() || title.length() > 200 || body == null || body.isBlank()
                || body.length() > 50_000) {
            throw new BusinessException("policy.invalid");
        }
        Number version = (Number) em.createNativeQuery("""
                insert into public_policy (slug, language, version, title, body, published_at, published_by,
                    alliance_id)
                select ?1, ?2, coalesce(max(version), 0) + 1, ?3, ?4, now(), ?5, cast(?6 as bigint)
                  from public_policy where slug = ?1 and language = ?2
                returning version""")
                .setParameter(1, slug).setParameter(2, language).setParameter(3, title.strip())
                .setParameter(4, body.strip()).setParameter(5, currentUser.auditActor()).setParameter(6, allianceId)
                .getSingleResult();
        return version.intValue();
    }

    @Override
    public List<PolicyView> history() {
        currentUser.checkPermission(Permission.COMMUNITY_PUBLISH);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select slug, language, version, title, body, published_at"
                + " from public_policy order by published_at desc, id desc limit 500").getResultList();
        return rows.stream().map(PublicPoliciesBean::view).toList();
    }

    private static PolicyView view(Object[] r) {
        return new PolicyView((String) r[0], (String) r[1], ((Number) r[2]).intValue(), (String) r[3], (String) r[4],
                SqlValues.instant(r[5]));
    }
}
