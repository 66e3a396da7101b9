package org.bridgeway.partners;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.bridgeway.identity.api.CurrentUser;
import org.bridgeway.identity.api.Permission;
import org.bridgeway.partners.api.PartnerDetails;
import org.bridgeway.partners.api.PartnerDraft;
import org.bridgeway.partners.api.PartnerFilter;
import org.bridgeway.partners.api.PartnerService;
import org.bridgeway.partners.api.PartnerSummary;
import org.bridgeway.partners.api.PartnerType;
import org.bridgeway.shared.ConcurrentChangeException;
import org.bridgeway.shared.NotFoundException;
import org.bridgeway.shared.Page;
import org.bridgeway.shared.PageRequest;

@Stateless
public class PartnerServiceBean implements PartnerService {

    /** Sort keys the list accepts, mapped to JPQL paths; anything else sorts by name. */
    private static final Map<String, String> SORT_PATHS = Map.of(
            "name", "p.name", "type", "p.type", "contactName", "p.contactName", "active", "p.active");

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentUser currentUser;

    private final Clock clock = Clock.systemUTC();

    @Override
    public Page<PartnerSummary> findPartners(PartnerFilter filter, PageRequest page) {
        currentUser.checkPermission(Permission.PARTNERS_READ);
        long total = count(filter);
        return new Page<>(total == 0 ? List.of() : rows(filter, page), total);
    }

    @Override
    public long countPartners(PartnerFilter filter) {
        currentUser.checkPermission(Permission.PARTNERS_READ);
        return count(filter);
    }

    @Override
    public List<PartnerSummary> listPartners(PartnerFilter filter, PageRequest page) {
        currentUser.checkPermission(Permission.PARTNERS_READ);
        return rows(filter, page);
    }

    private long count(PartnerFilter filter) {
        var where = new Where(filter);
        TypedQuery<Long> count = em.createQuery("select count(p) from PartnerOrganisation p" + where.jpql, Long.class);
        where.parameters.forEach(count::setParameter);
        return count.getSingleResult();
    }

    private List<PartnerSummary> rows(PartnerFilter filter, PageRequest page) {
        var where = new Where(filter);
        String sortPath = page.sortField() == null ? null : SORT_PATHS.get(page.sortField());
        String order = (sortPath == null ? "p.name" : sortPath) + (page.ascending() ? " asc" : " desc");
        TypedQuery<Object[]> rows = em.createQuery("select p.id, p.name, p.type, p.contactName, p.contactPhone,"
                + " p.contactEmail, p.active from PartnerOrganisation p" + where.jpql + " order by " + order + ", p.id",
                Object[].class);
        where.parameters.forEach(rows::setParameter);
        List<Object[]> found = rows.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();

        Map<Long, List<String>> languages = languagesOf(found.stream().map(r -> (Long) r[0]).toList());
        List<PartnerSummary> summaries = new ArrayList<>(found.size());
        for (Object[] r : found) {
            Long id = (Long) r[0];
            summaries.add(new PartnerSummary(id, (String) r[1], (PartnerType) r[2],
                    languages.getOrDefault(id, List.of()), (String) r[3], (String) r[4], (String) r[5],
                    (Boolean) r[6]));
        }
        return summaries;
    }

    /** The WHERE clause of a filter, with its parameters: values are always bound, never concatenated. */
    private static final class Where {
        private final StringBuilder jpql = new StringBuilder(" where 1 = 1");
        private final Map<String, Object> parameters = new HashMap<>();

        Where(PartnerFilter filter) {
            if (filter.name() != null && !filter.name().isBlank()) {
                jpql.append(" and lower(p.name) like :name");
                parameters.put("name", "%" + escapeLike(filter.name().strip().toLowerCase(Locale.ROOT)) + "%");
            }
            if (filter.type() != null) {
                jpql.append(" and p.type = :type");
                parameters.put("type", filter.type());
            }
            if (filter.language() != null && !filter.language().isBlank()) {
                jpql.append(" and :language member of p.languagesServed");
                parameters.put("language", filter.language().strip().toLowerCase(Locale.ROOT));
            }
            if (filter.active() != null) {
                jpql.append(" and p.active = :active");
                parameters.put("active", filter.active());
            }
        }
    }

    /** Languages of a whole page in one query, not one per row. */
    private Map<Long, List<String>> languagesOf(List<Long> ids) {
        Map<Long, List<String>> byPartner = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return byPartner;
        }
        em.createQuery("select p.id, l from PartnerOrganisation p join p.languagesServed l"
                        + " where p.id in :ids order by p.id, index(l)", Object[].class)
                .setParameter("ids", ids)
                .getResultList()
                .forEach(r -> byPartner.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add((String) r[1]));
        return byPartner;
    }

    @Override
    public PartnerDetails getPartner(long id) {
        currentUser.checkPermission(Permission.PARTNERS_READ);
        return load(id).toDetails();
    }

    @Override
    public long createPartner(PartnerDraft draft) {
        currentUser.checkPermission(Permission.PARTNERS_WRITE);
        var partner = new PartnerOrganisation(draft, clock.instant());
        em.persist(partner);
        em.flush();
        return partner.getId();
    }

    @Override
    public void updatePartner(long id, long version, PartnerDraft draft) {
        currentUser.checkPermission(Permission.PARTNERS_WRITE);
        loadForChange(id, version).apply(draft, clock.instant());
    }

    @Override
    public void setActive(long id, long version, boolean active) {
        currentUser.checkPermission(Permission.PARTNERS_WRITE);
        PartnerOrganisation partner = loadForChange(id, version);
        if (active) {
            partner.reactivate(clock.instant());
        } else {
            partner.deactivate(clock.instant());
        }
    }

    private PartnerOrganisation load(long id) {
        PartnerOrganisation partner = em.find(PartnerOrganisation.class, id);
        if (partner == null) {
            throw new NotFoundException();
        }
        return partner;
    }

    private PartnerOrganisation loadForChange(long id, long version) {
        PartnerOrganisation partner = load(id);
        if (partner.getVersion() != version) {
            throw new ConcurrentChangeException();
        }
        return partner;
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
