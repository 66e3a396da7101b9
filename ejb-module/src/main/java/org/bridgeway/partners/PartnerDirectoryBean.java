package org.bridgeway.partners;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.AbstractMap;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bridgeway.identity.api.CurrentUser;
import org.bridgeway.identity.api.Permission;
import org.bridgeway.partners.api.PartnerDirectory;
import org.bridgeway.shared.NotFoundException;

@Stateless
public class PartnerDirectoryBean implements PartnerDirectory {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentUser currentUser;

    @Override
    public Map<Long, String> names(Collection<Long> partnerIds) {
        Map<Long, String> names = new HashMap<>();
        if (partnerIds.isEmpty()) {
            return names;
        }
        em.createQuery("select p.id, p.name from PartnerOrganisation p where p.id in :ids", Object[].class)
                .setParameter("ids", partnerIds).getResultList().forEach(r -> names.put((Long) r[0], (String) r[1]));
        return names;
    }

    @Override
    public List<Map.Entry<Long, String>> activePartners() {
        return em.createQuery("select p.id, p.name from PartnerOrganisation p where p.active = true order by p.name",
                Object[].class).getResultList().stream()
                .map(r -> (Map.Entry<Long, String>) new AbstractMap.SimpleImmutableEntry<>((Long) r[0], (String) r[1]))
                .toList();
    }

    @Override
    public Optional<Long> partnerOfAccount(long accountId) {
        @SuppressWarnings("unchecked")
        List<Object> rows = em.createNativeQuery("select partner_id from partner_account where account_id = ?1")
                .setParameter(1, accountId).getResultList();
        return rows.stream().map(o -> ((Number) o).longValue()).findFirst();
    }

    @Override
    public Optional<Long> partnerByReferralCode(String code) {
        @SuppressWarnings("unchecked")
        List<Object> rows = em.createNativeQuery("select id from partner_organisation where referral_code = ?1"
                + " and active").setParameter(1, code).getResultList();
        return rows.stream().map(o -> ((Number) o).longValue()).findFirst();
    }

    @Override
    public String referralCodeOf(long partnerId) {
        currentUser.checkPermission(Permission.PARTNERS_READ);
        @SuppressWarnings("unchecked")
        List<Object> rows = em.createNativeQuery("select referral_code from partner_organisation where id = ?1")
                .setParameter(1, partnerId).getResultList();
        return rows.stream().map(String::valueOf).findFirst().orElseThrow(NotFoundException::new);
    }

    @Override
    public void linkAccount(long accountId, long partnerId) {
        currentUser.checkPermission(Permission.ACCOUNTS_MANAGE);
        if (em.find(PartnerOrganisation.class, partnerId) == null) {
            throw new NotFoundException();
        }
        em.createNativeQuery("insert into partner_account (account_id, partner_id) values (?1, ?2)"
                        + " on conflict (account_id) do update set partner_id = excluded.partner_id")
                .setParameter(1, accountId).setParameter(2, partnerId).executeUpdate();
    }
}
