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
        // The latest version per policy, in the language where one exists, else in English.
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select distinct on (slug) slug, language, version, title, body, published_at
                  from public_policy where language in (?1, 'en')
                 order by slug, case when language = ?1 then 0 else 1 end, version desc""")
                .setParameter(1, language).getResultList();
        return rows.stream().map(PublicPoliciesBean::view).sorted(java.util.Comparator.comparing(PolicyView::title))
                .toList();
    }

    @Override
    public int publish(String slug, String language, String title, String body) {
        currentUser.checkPermission(Permission.COMMUNITY_PUBLISH);
        if (slug == null || !slug.matches("[a-z0-9-]{2,60}") || language == null || !language.matches("[a-z]{2,3}")
                || title == null || title.isBlank() || title.length() > 200 || body == null || body.isBlank()
                || body.length() > 50_000) {
            throw new BusinessException("policy.invalid");
        }
        Number version = (Number) em.createNativeQuery("""
                insert into public_policy (slug, language, version, title, body, published_at, published_by)
                select ?1, ?2, coalesce(max(version), 0) + 1, ?3, ?4, now(), ?5
                  from public_policy where slug = ?1 and language = ?2
                returning version""")
                .setParameter(1, slug).setParameter(2, language).setParameter(3, title.strip())
                .setParameter(4, body.strip()).setParameter(5, currentUser.auditActor()).getSingleResult();
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
