package org.bridgeway.partners;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bridgeway.identity.api.AccountDirectory;
import org.bridgeway.identity.api.CurrentUser;
import org.bridgeway.identity.api.Permission;
import org.bridgeway.partners.api.Alliances;
import org.bridgeway.partners.api.ConveningDraft;
import org.bridgeway.partners.api.PartnerPersonDraft;
import org.bridgeway.partners.api.PublicPolicies;
import org.bridgeway.shared.BusinessException;
import org.bridgeway.shared.ConcurrentChangeException;
import org.bridgeway.shared.NotFoundException;
import org.bridgeway.shared.SqlValues;
import org.bridgeway.shared.Validated;
import org.bridgeway.shared.Strings;

@Stateless
public class AlliancesBean implements Alliances {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private AccountDirectory accounts;

    @Inject
    private Validator validator;

    @Inject
    private PublicPolicies policies;

    @Override
    public List<Person> people(long partnerId) {
        currentUser.checkPermission(Permission.COMMUNITY_LIAISON);
        return personRows("p.partner_id = ?1", partnerId);
    }

    private List<Person> personRows(String condition, long id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select p.id, p.partner_id, o.name, p.name, p.title, p.leader, p.languages, p.preferred_contact,
                       p.email, p.phone
                  from partner_person p join partner_organisation o on o.id = p.partner_id
                 where p.deactivated_at is null""" + " and " + condition + " order by o.name, p.leader desc, p.name")
                .setParameter(1, id).getResultList();
        return rows.stream().map(r -> new Person(SqlValues.longValue(r[0]), SqlValues.longValue(r[1]), (String) r[2],
                (String) r[3], (String) r[4], (Boolean) r[5], Strings.commaList((String) r[6]),
                PreferredContact.valueOf((String) r[7]), (String) r[8], (String) r[9])).toList();
    }

    @Override
    public long addPerson(long partnerId, PartnerPersonDraft draft) {
        currentUser.checkPermission(Permission.COMMUNITY_LIAISON);
        Validated.check(validator, draft);
        requireExists("partner_organisation", partnerId);
        return SqlValues.longValue(em.createNativeQuery("""
                insert into partner_person (partner_id, name, title, leader, languages, preferred_contact, email, phone)
                values (?1, ?2, cast(?3 as varchar), ?4, ?5, ?6, cast(?7 as varchar), cast(?8 as varchar)) returning id""")
                .setParameter(1, partnerId).setParameter(2, draft.getName().strip())
                .setParameter(3, Strings.blankToNull(draft.getTitle())).setParameter(4, draft.isLeader())
                .setParameter(5, String.join(",", draft.getLanguages()))
                .setParameter(6, draft.getPreferredContact().name()).setParameter(7, Strings.blankToNull(draft.getEmail()))
                .setParameter(8, Strings.blankToNull(draft.getPhone())).getSingleResult());
    }

    @Override
    public void deactivatePerson(long personId) {
        currentUser.checkPermission(Permission.COMMUNITY_LIAISON);
        if (em.createNativeQuery("update partner_person set deactivated_at = now(), version = version + 1"
                + " where id = ?1 and deactivated_at is null").setParameter(1, personId).executeUpdate() == 0) {
            throw new NotFoundException();
        }
    }

    @Override
    public long createAlliance(String name, String description) {
        currentUser.checkPermission(Permission.COMMUNITY_LIAISON);
        if (name == null || name.isBlank() || name.length() > 200 || name.contains("<")
                || (description != null && (description.length() > 2000 || description.contains("<")))) {
            throw new BusinessException("alliance.invalid");
        }
        if (!em.createNativeQuery("select 1 from alliance where lower(name) = lower(?1)").setParameter(1, name.strip())
                .getResultList().isEmpty()) {
            throw new BusinessException("alliance.duplicate");
        }
        return SqlValues.longValue(em.createNativeQuery("insert into alliance (name, description, created_at)"
                + " values (?1, cast(?2 as varchar), now()) returning id").setParameter(1, name.strip())
                .setParameter(2, Strings.blankToNull(description)).getSingleResult());
    }

    @Override
    public List<AllianceSummary> alliances() {
        currentUser.checkPermission(Permission.COMMUNITY_LIAISON);
        return allianceRows(null);
    }

    @Override
    public AllianceSummary alliance(long allianceId) {
        currentUser.checkPermission(Permission.COMMUNITY_LIAISON);
        return allianceRows(allianceId).stream().findFirst().orElseThrow(NotFoundException::new);
    }

    private List<AllianceSummary> allianceRows(Long allianceId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select a.id, a.name, a.description,
                       (select count(*) from convening c where c.alliance_id = a.id),
                       (select count(*) from convening_action x join convening c on c.id = x.convening_id
                         where c.alliance_id = a.id and x.status = 'OPEN')
                  from alliance a where cast(?1 as bigint) is null or a.id = cast(?1 as bigint) order by a.name""")
                .setParameter(1, allianceId).getResultList();
        @SuppressWarnings("unchecked")
        List<Object[]> members = em.createNativeQuery("""
                select m.alliance_id, m.partner_id, p.name, m.joined_on
                  from alliance_member m join partner_organisation p on p.id = m.partner_id
                 where cast(?1 as bigint) is null or m.alliance_id = cast(?1 as bigint) order by p.name""")
                .setParameter(1, allianceId).getResultList();
        Map<Long, List<Member>> byAlliance = new LinkedHashMap<>();
        for (Object[] m : members) {
            byAlliance.computeIfAbsent(SqlValues.longValue(m[0]), k -> new ArrayList<>())
                    .add(new Member(SqlValues.longValue(m[1]), (String) m[2], SqlValues.date(m[3])));
        }
        return rows.stream().map(r -> new AllianceSummary(SqlValues.longValue(r[0]), (String) r[1], (String) r[2],
                byAlliance.getOrDefault(SqlValues.longValue(r[0]), List.of()), SqlValues.longValue(r[3]),
                SqlValues.longValue(r[4]))).toList();
    }

    @Override
    public void addMember(long allianceId, long partnerId, LocalDate joinedOn) {
        alliance(allianceId);
        requireExists("partner_organisation", partnerId);
        em.createNativeQuery("""
                insert into alliance_member (alliance_id, partner_id, joined_on) values (?1, ?2, ?3)
                on conflict do nothing""").setParameter(1, allianceId).setParameter(2, partnerId)
                .setParameter(3, Date.valueOf(joinedOn == null ? LocalDate.now() : joinedOn)).executeUpdate();
    }

    @Override
    public void removeMember(long allianceId, long partnerId) {
        alliance(allianceId);
        em.createNativeQuery("delete from alliance_member where alliance_id = ?1 and partner_id = ?2")
                .setParameter(1, allianceId).setParameter(2, partnerId).executeUpdate();
    }

    @Override
    public List<Person> memberPeople(long allianceId) {
        alliance(allianceId);
        return personRows("p.partner_id in (select partner_id from alliance_member where alliance_id = ?1)",
                allianceId);
    }

    @Override
    public long logConvening(ConveningDraft draft) {
        alliance(draft.getAllianceId());
        Validated.check(validator, draft);
        Set<Long> people = new HashSet<>(memberPeople(draft.getAllianceId()).stream().map(Person::id).toList());
        for (Long person : draft.getAttendeePersonIds()) {
            if (!people.contains(person)) {
                throw new NotFoundException();
            }
        }
        for (var action : draft.getActions()) {
            if (action.getOwnerPersonId() != null && !people.contains(action.getOwnerPersonId())) {
                throw new NotFoundException();
            }
        }
        Set<Long> agencyPeople = new HashSet<>(draft.getAttendeeAccountIds());
        draft.getActions().stream().map(ConveningDraft.ActionDraft::getOwnerAccountId)
                .filter(java.util.Objects::nonNull).forEach(agencyPeople::add);
        if (accounts.displayNames(agencyPeople).size() != agencyPeople.size()) {
            throw new NotFoundException();
        }
        long convening = SqlValues.longValue(em.createNativeQuery("""
                insert into convening (alliance_id, held_on, place, topics, created_by)
                values (?1, ?2, cast(?3 as varchar), ?4, ?5) returning id""")
                .setParameter(1, draft.getAllianceId()).setParameter(2, Date.valueOf(draft.getHeldOn()))
                .setParameter(3, Strings.blankToNull(draft.getPlace())).setParameter(4, draft.getTopics().strip())
                .setParameter(5, currentUser.auditActor()).getSingleResult());
        for (Long person : new HashSet<>(draft.getAttendeePersonIds())) {
            em.createNativeQuery("insert into convening_attendee (convening_id, partner_person_id) values (?1, ?2)")
                    .setParameter(1, convening).setParameter(2, person).executeUpdate();
        }
        for (Long account : new HashSet<>(draft.getAttendeeAccountIds())) {
            em.createNativeQuery("insert into convening_attendee (convening_id, account_id) values (?1, ?2)")
                    .setParameter(1, convening).setParameter(2, account).executeUpdate();
        }
        for (var action : draft.getActions()) {
            em.createNativeQuery("""
                    insert into convening_action (convening_id, kind, description, owner_account_id,
                        owner_partner_person_id, due_on)
                    values (?1, ?2, ?3, cast(?4 as bigint), cast(?5 as bigint), cast(?6 as date))""")
                    .setParameter(1, convening).setParameter(2, action.getKind().name())
                    .setParameter(3, action.getDescription().strip()).setParameter(4, action.getOwnerAccountId())
                    .setParameter(5, action.getOwnerPersonId())
                    .setParameter(6, action.getDueOn() == null ? null : Date.valueOf(action.getDueOn()))
                    .executeUpdate();
        }
        return convening;
    }

    @Override
    public List<Convening> convenings(long allianceId) {
        alliance(allianceId);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select id, held_on, place, topics from convening where alliance_id = ?1
                 order by held_on desc, id desc limit 200""").setParameter(1, allianceId).getResultList();
        @SuppressWarnings("unchecked")
        List<Object[]> attendees = em.createNativeQuery("""
                select a.convening_id, a.account_id, p.name, o.name
                  from convening_attendee a join convening c on c.id = a.convening_id
                  left join partner_person p on p.id = a.partner_person_id
                  left join partner_organisation o on o.id = p.partner_id
                 where c.alliance_id = ?1""").setParameter(1, allianceId).getResultList();
        Set<Long> accountIds = new HashSet<>();
        attendees.stream().filter(a -> a[1] != null).forEach(a -> accountIds.add(SqlValues.longValue(a[1])));
        List<Action> actions = actionRows("c.alliance_id = ?1", allianceId, accountIds);
        Map<Long, String> names = accounts.displayNames(accountIds);
        Map<Long, List<String>> attendeesByConvening = new LinkedHashMap<>();
        for (Object[] a : attendees) {
            String name = a[1] != null ? names.getOrDefault(SqlValues.longValue(a[1]), "")
                    : a[2] + " (" + a[3] + ")";
            attendeesByConvening.computeIfAbsent(SqlValues.longValue(a[0]), k -> new ArrayList<>()).add(name);
        }
        return rows.stream().map(r -> {
            long id = SqlValues.longValue(r[0]);
            List<String> who = new ArrayList<>(attendeesByConvening.getOrDefault(id, List.of()));
            who.sort(String::compareTo);
            return new Convening(id, SqlValues.date(r[1]), (String) r[2], (String) r[3], who,
                    actions.stream().filter(x -> x.conveningId() == id).toList());
        }).toList();
    }

    private List<Action> actionRows(String condition, Long id, Set<Long> accountIdsSeen) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select x.id, x.version, x.convening_id, a.name, x.kind, x.description, x.owner_account_id,
                       p.name, x.due_on, x.status
                  from convening_action x join convening c on c.id = x.convening_id
                  join alliance a on a.id = c.alliance_id
                  left join partner_person p on p.id = x.owner_partner_person_id
                """ + " where " + condition + " order by x.due_on nulls last, x.id limit 500")
                .setParameter(1, id).getResultList();
        Set<Long> owners = new HashSet<>(accountIdsSeen);
        rows.stream().filter(r -> r[6] != null).forEach(r -> owners.add(SqlValues.longValue(r[6])));
        Map<Long, String> names = accounts.displayNames(owners);
        LocalDate today = LocalDate.now();
        return rows.stream().map(r -> {
            LocalDate due = r[8] == null ? null : SqlValues.date(r[8]);
            ActionStatus status = ActionStatus.valueOf((String) r[9]);
            String owner = r[6] != null ? names.getOrDefault(SqlValues.longValue(r[6]), "") : (String) r[7];
            return new Action(SqlValues.longValue(r[0]), SqlValues.longValue(r[1]), SqlValues.longValue(r[2]),
                    (String) r[3], ActionKind.valueOf((String) r[4]), (String) r[5], owner, due, status,
                    status == ActionStatus.OPEN && due != null && due.isBefore(today));
        }).toList();
    }

    @Override
    public void setActionStatus(long actionId, long version, ActionStatus status) {
        currentUser.checkPermission(Permission.COMMUNITY_LIAISON);
        if (status == null) {
            throw new BusinessException("convening.action.invalid");
        }
        int changed = em.createNativeQuery("""
                update convening_action set status = ?3, version = version + 1 where id = ?1 and version = ?2""")
                .setParameter(1, actionId).setParameter(2, version).setParameter(3, status.name()).executeUpdate();
        if (changed == 0) {
            requireExists("convening_action", actionId);
            throw new ConcurrentChangeException();
        }
    }

    @Override
    public List<Action> openActions() {
        currentUser.checkPermission(Permission.COMMUNITY_LIAISON);
        return actionRows("x.status = 'OPEN' and ?1 = ?1", 0L, Set.of());
    }

    @Override
    public int publishStatement(long allianceId, String language, String title, String body) {
        currentUser.checkPermission(Permission.COMMUNITY_PUBLISH);
        if (em.createNativeQuery("select 1 from alliance where id = ?1").setParameter(1, allianceId).getResultList()
                .isEmpty()) {
            throw new NotFoundException();
        }
        return policies.publishStatement(allianceId, language, title, body);
    }

    private void requireExists(String table, long id) {
        if (em.createNativeQuery("select 1 from " + table + " where id = ?1").setParameter(1, id).getResultList()
                .isEmpty()) {
            throw new NotFoundException();
        }
    }
}
