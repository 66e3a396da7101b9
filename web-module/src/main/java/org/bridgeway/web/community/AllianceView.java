package org.bridgeway.web.community;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.Validator;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bridgeway.identity.api.AccountDirectory;
import org.bridgeway.identity.api.CurrentUser;
import org.bridgeway.identity.api.Permission;
import org.bridgeway.identity.api.Role;
import org.bridgeway.partners.api.Alliances;
import org.bridgeway.partners.api.ConveningDraft;
import org.bridgeway.partners.api.PartnerDirectory;
import org.bridgeway.partners.api.PartnerPersonDraft;
import org.bridgeway.shared.BusinessException;
import org.bridgeway.web.shell.Messages;

/**
 * community/alliance.xhtml: one alliance - members, their people, the convenings log with attendees, commitments
 * and follow-ups, and (administrators) the alliance's public statement per language.
 */
@Named
@ViewScoped
public class AllianceView implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    private Alliances alliances;

    @Inject
    private PartnerDirectory partners;

    @Inject
    private AccountDirectory accounts;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Validator validator;

    private Long id;
    private Long memberPartnerId;
    private Long personPartnerId;
    private PartnerPersonDraft person = new PartnerPersonDraft();
    private ConveningDraft convening = new ConveningDraft();
    private String statementLanguage = "en";
    private String statementTitle;
    private String statementBody;

    private transient Alliances.AllianceSummary alliance;
    private transient List<Alliances.Person> people;
    private transient List<Alliances.Convening> convenings;
    private transient List<Map.Entry<Long, String>> partnerChoices;
    private transient List<AccountDirectory.Entry> agencyPeople;

    public void load() {
        if (FacesContext.getCurrentInstance().isPostback() || id == null) {
            return;
        }
        getAlliance();
        convening.setHeldOn(LocalDate.now());
    }

    public void addMember() {
        if (memberPartnerId == null) {
            return;
        }
        act(() -> alliances.addMember(id, memberPartnerId, LocalDate.now()), "alliance.member.added");
        memberPartnerId = null;
    }

    public void removeMember(long partnerId) {
        act(() -> alliances.removeMember(id, partnerId), "alliance.member.removed");
    }

    public void addPerson() {
        if (personPartnerId == null) {
            Messages.error("alliance.person.partner");
            return;
        }
        if (!Messages.valid(validator, person)) {
            return;
        }
        act(() -> alliances.addPerson(personPartnerId, person), "alliance.person.added");
        person = new PartnerPersonDraft();
    }

    public void deactivatePerson(long personId) {
        act(() -> alliances.deactivatePerson(personId), "alliance.person.deactivated");
    }

    public void addAction() {
        convening.getActions().add(new ConveningDraft.ActionDraft());
    }

    public void removeAction(int index) {
        if (index >= 0 && index < convening.getActions().size()) {
            convening.getActions().remove(index);
        }
    }

    public void logConvening() {
        convening.setAllianceId(id);
        // An owner is chosen from one list holding both sides: "a:ID" agency account, "p:ID" partner person.
        for (ConveningDraft.ActionDraft action : convening.getActions()) {
            action.setOwnerAccountId(null);
            action.setOwnerPersonId(null);
            String owner = owners.get(convening.getActions().indexOf(action));
            if (owner != null && owner.startsWith("a:")) {
                action.setOwnerAccountId(Long.valueOf(owner.substring(2)));
            } else if (owner != null && owner.startsWith("p:")) {
                action.setOwnerPersonId(Long.valueOf(owner.substring(2)));
            }
        }
        if (!Messages.valid(validator, convening)) {
            return;
        }
        try {
            alliances.logConvening(convening);
            Messages.info("convening.logged");
            convening = new ConveningDraft();
            convening.setHeldOn(LocalDate.now());
            owners.clear();
            reset();
        } catch (BusinessException e) {
            Messages.error(e);
        }
    }

    private final Map<Integer, String> owners = new java.util.HashMap<>();

    public void setActionStatus(Alliances.Action action, String status) {
        act(() -> alliances.setActionStatus(action.id(), action.version(), Alliances.ActionStatus.valueOf(status)),
                "convening.action.saved");
    }

    public void publishStatement() {
        try {
            int version = alliances.publishStatement(id, statementLanguage, statementTitle, statementBody);
            Messages.info("policy.published", version);
            statementTitle = null;
            statementBody = null;
        } catch (BusinessException e) {
            Messages.error(e);
        }
    }

    private void act(Runnable action, String doneKey) {
        try {
            action.run();
            Messages.info(doneKey);
            reset();
        } catch (BusinessException e) {
            Messages.error(e);
        }
    }

    private void reset() {
        alliance = null;
        people = null;
        convenings = null;
    }

    public Alliances.AllianceSummary getAlliance() {
        if (alliance == null && id != null) {
            alliance = alliances.alliance(id);
        }
        return alliance;
    }

    public List<Alliances.Person> getPeople() {
        if (people == null && id != null) {
            people = alliances.memberPeople(id);
        }
        return people;
    }

    public List<Alliances.Convening> getConvenings() {
        if (convenings == null && id != null) {
            convenings = alliances.convenings(id);
        }
        return convenings;
    }

    public List<Map.Entry<Long, String>> getPartners() {
        if (partnerChoices == null) {
            partnerChoices = partners.activePartners();
        }
        return partnerChoices;
    }

    /** Agency people who attend convenings: liaison officers, command staff, administrators. */
    public List<AccountDirectory.Entry> getAgencyPeople() {
        if (agencyPeople == null) {
            agencyPeople = new ArrayList<>();
            for (Role role : List.of(Role.LIAISON, Role.COMMAND, Role.ADMIN)) {
                accounts.enabledWithRole(role).stream()
                        .filter(e -> agencyPeople.stream().noneMatch(a -> a.id() == e.id())).forEach(agencyPeople::add);
            }
        }
        return agencyPeople;
    }

    public boolean isCanPublish() {
        return currentUser.isPermitted(Permission.COMMUNITY_PUBLISH);
    }

    public Alliances.PreferredContact[] getContactChoices() {
        return Alliances.PreferredContact.values();
    }

    public Alliances.ActionKind[] getActionKinds() {
        return Alliances.ActionKind.values();
    }

    public Alliances.ActionStatus[] getActionStatuses() {
        return Alliances.ActionStatus.values();
    }

    public Map<Integer, String> getOwners() {
        return owners;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getMemberPartnerId() {
        return memberPartnerId;
    }

    public void setMemberPartnerId(Long memberPartnerId) {
        this.memberPartnerId = memberPartnerId;
    }

    public Long getPersonPartnerId() {
        return personPartnerId;
    }

    public void setPersonPartnerId(Long personPartnerId) {
        this.personPartnerId = personPartnerId;
    }

    public PartnerPersonDraft getPerson() {
        return person;
    }

    public ConveningDraft getConvening() {
        return convening;
    }

    public String getStatementLanguage() {
        return statementLanguage;
    }

    public void setStatementLanguage(String statementLanguage) {
        this.statementLanguage = statementLanguage;
    }

    public String getStatementTitle() {
        return statementTitle;
    }

    public void setStatementTitle(String statementTitle) {
        this.statementTitle = statementTitle;
    }

    public String getStatementBody() {
        return statementBody;
    }

    public void setStatementBody(String statementBody) {
        this.statementBody = statementBody;
    }
}
