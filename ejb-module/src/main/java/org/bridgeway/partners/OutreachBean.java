package org.bridgeway.partners;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;
import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bridgeway.identity.api.AccountDirectory;
import org.bridgeway.identity.api.CurrentUser;
import org.bridgeway.identity.api.Permission;
import org.bridgeway.identity.api.Role;
import org.bridgeway.partners.api.ContactDraft;
import org.bridgeway.partners.api.LanguageAccess;
import org.bridgeway.partners.api.Outreach;
import org.bridgeway.shared.BusinessException;
import org.bridgeway.shared.ConcurrentChangeException;
import org.bridgeway.shared.NotFoundException;
import org.bridgeway.shared.Page;
import org.bridgeway.shared.PageRequest;
import org.bridgeway.shared.SqlValues;
import org.bridgeway.shared.Validated;
import org.bridgeway.shared.Strings;

@Stateless
public class OutreachBean implements Outreach {

    private static final int MAX_DASHBOARD_MONTHS = 24;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private AccountDirectory accounts;

    @Inject
    private Validator validator;

    @Override
    public List<Area> areas() {
        checkLiaisonOrReports();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, kind, name from community_area where active"
                + " order by kind, name").getResultList();
        return rows.stream().map(r -> new Area(SqlValues.longValue(r[0]), AreaKind.valueOf((String) r[1]),
                (String) r[2])).toList();
    }

    @Override
    public long addArea(AreaKind kind, String name) {
        currentUser.checkPermission(Permission.COMMUNITY_LIAISON);
        if (kind == null || name == null || name.isBlank() || name.length() > 120 || name.contains("<")) {
            throw new BusinessException("outreach.area.invalid");
        }
        @SuppressWarnings("unchecked")
        List<Object> existing = em.createNativeQuery("select id from community_area where kind = ?1"
                + " and lower(name) = lower(?2)").setParameter(1, kind.name()).setParameter(2, name.strip())
                .getResultList();
        if (!existing.isEmpty()) {
            throw new BusinessException("outreach.area.duplicate");
        }
        return SqlValues.longValue(em.createNativeQuery("insert into community_area (kind, name) values (?1, ?2)"
                + " returning id").setParameter(1, kind.name()).setParameter(2, name.strip()).getSingleResult());
    }

    @Override
    public long assign(long accountId, Long areaId, Long partnerId) {
        currentUser.checkPermission(Permission.COMMUNITY_LIAISON);
        var liaison = accounts.byId(accountId).orElseThrow(NotFoundException::new);
        if (!liaison.roles().contains(Role.LIAISON)) {
            throw new BusinessException("outreach.assign.notLiaison");
        }
        if ((areaId == null) == (partnerId == null)) {
            throw new BusinessException("outreach.assign.invalid");
        }
        @SuppressWarnings("unchecked")
        List<Object> id = em.createNativeQuery("""
                insert into liaison_assignment (account_id, area_id, partner_id)
                select ?1, cast(?2 as bigint), cast(?3 as bigint)
                 where (cast(?2 as bigint) is null or exists (select 1 from community_area where id = cast(?2 as bigint)))
                   and (cast(?3 as bigint) is null
                        or exists (select 1 from partner_organisation where id = cast(?3 as bigint)))
                on conflict do nothing returning id""")
                .setParameter(1, accountId).setParameter(2, areaId).setParameter(3, partnerId).getResultList();
        if (id.isEmpty()) {
            throw new BusinessException("outreach.assign.exists");
        }
        return SqlValues.longValue(id.get(0));
    }

    @Override
    public void unassign(long assignmentId) {
        currentUser.checkPermission(Permission.COMMUNITY_LIAISON);
        if (em.createNativeQuery("delete from liaison_assignment where id = ?1").setParameter(1, assignmentId)
                .executeUpdate() == 0) {
            throw new NotFoundException();
        }
    }

    @Override
    public List<Assignment> assignments(Long accountId) {
        checkLiaisonOrReports();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select s.id, s.account_id, s.area_id, a.name, a.kind, s.partner_id, p.name
                  from liaison_assignment s left join community_area a on a.id = s.area_id
                  left join partner_organisation p on p.id = s.partner_id
                 where cast(?1 as bigint) is null or s.account_id = cast(?1 as bigint)
                 order by s.account_id, a.kind nulls last, a.name, p.name""").setParameter(1, accountId).getResultList();
        Map<Long, String> names = accounts.displayNames(rows.stream().map(r -> SqlValues.longValue(r[1])).toList());
        return rows.stream().map(r -> new Assignment(SqlValues.longValue(r[0]), SqlValues.longValue(r[1]),
                names.getOrDefault(SqlValues.longValue(r[1]), ""), longOrNull(r[2]), (String) r[3],
                r[4] == null ? null : AreaKind.valueOf((String) r[4]), longOrNull(r[5]), (String) r[6])).toList();
    }

    @Override
    public long logContact(ContactDraft draft) {
        currentUser.checkPermission(Permission.COMMUNITY_LIAISON);
        Validated.check(validator, draft);
        checkArea(draft.getCommunityId(), AreaKind.COMMUNITY);
        checkArea(draft.getNeighbourhoodId(), AreaKind.NEIGHBOURHOOD);
        if (draft.getPartnerId() != null && em.createNativeQuery("select 1 from partner_organisation where id = ?1")
                .setParameter(1, draft.getPartnerId()).getResultList().isEmpty()) {
            throw new NotFoundException();
        }
        long contact = SqlValues.longValue(em.createNativeQuery("""
                insert into outreach_contact (liaison_account_id, kind, occurred_on, place, community_id,
                    neighbourhood_id, partner_id, languages, summary, created_at)
                values (cast(?1 as bigint), ?2, ?3, cast(?4 as varchar), cast(?5 as bigint), cast(?6 as bigint),
                        cast(?7 as bigint), ?8, cast(?9 as varchar), now()) returning id""")
                .setParameter(1, currentUser.accountId().orElse(null)).setParameter(2, draft.getKind().name())
                .setParameter(3, Date.valueOf(draft.getOccurredOn())).setParameter(4, Strings.blankToNull(draft.getPlace()))
                .setParameter(5, draft.getCommunityId()).setParameter(6, draft.getNeighbourhoodId())
                .setParameter(7, draft.getPartnerId()).setParameter(8, String.join(",", draft.getLanguages()))
                .setParameter(9, Strings.blankToNull(draft.getSummary())).getSingleResult());
        for (ContactDraft.ConcernDraft concern : draft.getConcerns()) {
            em.createNativeQuery("""
                    insert into outreach_concern (contact_id, community_id, topic, raised_on, follow_up)
                    values (?1, cast(?2 as bigint), ?3, ?4, cast(?5 as varchar))""")
                    .setParameter(1, contact).setParameter(2, draft.getCommunityId())
                    .setParameter(3, concern.getTopic().name()).setParameter(4, Date.valueOf(draft.getOccurredOn()))
                    .setParameter(5, Strings.blankToNull(concern.getFollowUp())).executeUpdate();
        }
        if (draft.getInterpretation() != null && !draft.getLanguages().isEmpty()) {
            LanguageAccessBean.recordChecked(em, currentUser.auditActor(), draft.getOccurredOn(),
                    LanguageAccess.Context.OUTREACH_CONTACT, draft.getLanguages().get(0), draft.getInterpretation(),
                    contact);
        }
        return contact;
    }

    @Override
    public Page<ContactRow> contacts(boolean mine, Long communityId, PageRequest page) {
        currentUser.checkPermission(Permission.COMMUNITY_LIAISON);
        Long liaison = mine ? currentUser.accountId().orElse(-1L) : null;
        String where = " where (cast(?1 as bigint) is null or c.liaison_account_id = cast(?1 as bigint))"
                + " and (cast(?2 as bigint) is null or c.community_id = cast(?2 as bigint))";
        long total = SqlValues.longValue(em.createNativeQuery("select count(*) from outreach_contact c" + where)
                .setParameter(1, liaison).setParameter(2, communityId).getSingleResult());
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select c.id, c.kind, c.occurred_on, c.place, ca.name, n.name, p.name, c.liaison_account_id,
                       c.languages, c.summary,
                       (select count(*) from outreach_concern o where o.contact_id = c.id and o.status <> 'RESOLVED')
                  from outreach_contact c
                  left join community_area ca on ca.id = c.community_id
                  left join community_area n on n.id = c.neighbourhood_id
                  left join partner_organisation p on p.id = c.partner_id""" + where
                + " order by c.occurred_on desc, c.id desc offset ?3 limit ?4")
                .setParameter(1, liaison).setParameter(2, communityId).setParameter(3, page.offset())
                .setParameter(4, page.size()).getResultList();
        Set<Long> liaisons = new HashSet<>();
        rows.forEach(r -> {
            if (r[7] != null) {
                liaisons.add(SqlValues.longValue(r[7]));
            }
        });
        Map<Long, String> names = accounts.displayNames(liaisons);
        return new Page<>(rows.stream().map(r -> new ContactRow(SqlValues.longValue(r[0]),
                ContactKind.valueOf((String) r[1]), SqlValues.date(r[2]), (String) r[3], (String) r[4],
                (String) r[5], (String) r[6], r[7] == null ? "" : names.getOrDefault(SqlValues.longValue(r[7]), ""),
                Strings.commaList((String) r[8]), (String) r[9], SqlValues.longValue(r[10]))).toList(), total);
    }

    @Override
    public Page<ConcernRow> openConcerns(Long communityId, ConcernTopic topic, PageRequest page) {
        checkLiaisonOrReports();
        String where = " where o.status <> 'RESOLVED' and (cast(?1 as bigint) is null or o.community_id = cast(?1 as bigint))"
                + " and (cast(?2 as varchar) is null or o.topic = cast(?2 as varchar))";
        String topicName = topic == null ? null : topic.name();
        long total = SqlValues.longValue(em.createNativeQuery("select count(*) from outreach_concern o" + where)
                .setParameter(1, communityId).setParameter(2, topicName).getSingleResult());
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select o.id, o.version, o.topic, a.name, o.raised_on, current_date - o.raised_on, o.follow_up,
                       o.status, o.contact_id
                  from outreach_concern o left join community_area a on a.id = o.community_id""" + where
                + " order by o.raised_on, o.id offset ?3 limit ?4")
                .setParameter(1, communityId).setParameter(2, topicName).setParameter(3, page.offset())
                .setParameter(4, page.size()).getResultList();
        return new Page<>(rows.stream().map(r -> new ConcernRow(SqlValues.longValue(r[0]), SqlValues.longValue(r[1]),
                ConcernTopic.valueOf((String) r[2]), (String) r[3], SqlValues.date(r[4]),
                (int) SqlValues.longValue(r[5]), (String) r[6], ConcernStatus.valueOf((String) r[7]),
                SqlValues.longValue(r[8]))).toList(), total);
    }

    @Override
    public void updateConcern(long concernId, long version, ConcernStatus status, String followUp) {
        currentUser.checkPermission(Permission.COMMUNITY_LIAISON);
        if (status == null || (followUp != null && (followUp.length() > 1000 || followUp.contains("<")))) {
            throw new BusinessException("outreach.concern.invalid");
        }
        int changed = em.createNativeQuery("""
                update outreach_concern set status = ?3, follow_up = cast(?4 as varchar), version = version + 1,
                       resolved_on = case when ?3 = 'RESOLVED' then current_date end
                 where id = ?1 and version = ?2""")
                .setParameter(1, concernId).setParameter(2, version).setParameter(3, status.name())
                .setParameter(4, Strings.blankToNull(followUp)).executeUpdate();
        if (changed == 0) {
            if (em.createNativeQuery("select 1 from outreach_concern where id = ?1").setParameter(1, concernId)
                    .getResultList().isEmpty()) {
                throw new NotFoundException();
            }
            throw new ConcurrentChangeException();
        }
    }

    @Override
    public ConcernDashboard concernDashboard(LocalDate today) {
        checkLiaisonOrReports();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select coalesce(a.name, ''), o.topic,
                       case when ?1 - o.raised_on <= 7 then 0 when ?1 - o.raised_on <= 30 then 1
                            when ?1 - o.raised_on <= 90 then 2 else 3 end, count(*)
                  from outreach_concern o left join community_area a on a.id = o.community_id
                 where o.status <> 'RESOLVED'
                 group by 1, 2, 3 order by 1""").setParameter(1, Date.valueOf(today)).getResultList();
        Map<String, long[]> byCommunity = new LinkedHashMap<>();
        List<ConcernTopic> topics = Arrays.asList(ConcernTopic.values());
        long[] byTopic = new long[topics.size()];
        for (Object[] r : rows) {
            long count = SqlValues.longValue(r[3]);
            byCommunity.computeIfAbsent((String) r[0], k -> new long[AGE_BUCKETS.size()])[(int) SqlValues.longValue(r[2])]
                    += count;
            byTopic[topics.indexOf(ConcernTopic.valueOf((String) r[1]))] += count;
        }
        return new ConcernDashboard(new ArrayList<>(byCommunity.keySet()), byCommunity.values().toArray(long[][]::new),
                topics, byTopic);
    }

    @Override
    public OutreachDashboard outreachDashboard(YearMonth from, YearMonth until) {
        checkLiaisonOrReports();
        if (from == null || until == null || until.isBefore(from) || from.plusMonths(MAX_DASHBOARD_MONTHS).isBefore(until)) {
            throw new BusinessException("report.period.invalid", MAX_DASHBOARD_MONTHS);
        }
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = from; !m.isAfter(until); m = m.plusMonths(1)) {
            months.add(m);
        }
        // Grouped by ids and month start straight off the covering index; names are joined to the few groups.
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select coalesce(a.name, ''), g.month, g.kind, g.contacts
                  from (select community_id, cast(date_trunc('month', occurred_on) as date) as month, kind,
                               count(*) as contacts
                          from outreach_contact where occurred_on >= ?1 and occurred_on < ?2
                         group by 1, 2, 3) g
                  left join community_area a on a.id = g.community_id
                 order by 1""")
                .setParameter(1, Date.valueOf(from.atDay(1))).setParameter(2, Date.valueOf(until.plusMonths(1).atDay(1)))
                .getResultList();
        Map<String, long[]> byCommunity = new LinkedHashMap<>();
        long[] byKind = new long[ContactKind.values().length];
        for (Object[] r : rows) {
            long count = SqlValues.longValue(r[3]);
            byCommunity.computeIfAbsent((String) r[0], k -> new long[months.size()])[months.indexOf(
                    YearMonth.from(SqlValues.date(r[1])))] += count;
            byKind[ContactKind.valueOf((String) r[2]).ordinal()] += count;
        }
        return new OutreachDashboard(new ArrayList<>(byCommunity.keySet()), months,
                byCommunity.values().toArray(long[][]::new), byKind);
    }

    private void checkLiaisonOrReports() {
        if (!currentUser.isPermitted(Permission.COMMUNITY_LIAISON)) {
            currentUser.checkPermission(Permission.COMMUNITY_REPORTS);
        }
    }

    private void checkArea(Long areaId, AreaKind kind) {
        if (areaId != null && em.createNativeQuery("select 1 from community_area where id = ?1 and kind = ?2")
                .setParameter(1, areaId).setParameter(2, kind.name()).getResultList().isEmpty()) {
            throw new NotFoundException();
        }
    }

    private static Long longOrNull(Object value) {
        return value == null ? null : SqlValues.longValue(value);
    }
}
