package org.bridgeway.web.community;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.Validator;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.bridgeway.partners.api.ContactDraft;
import org.bridgeway.partners.api.LanguageAccess;
import org.bridgeway.partners.api.Outreach;
import org.bridgeway.partners.api.PartnerDirectory;
import org.bridgeway.shared.BusinessException;
import org.bridgeway.web.shell.Messages;
import org.bridgeway.web.shell.PagedModel;

/** community/outreach.xhtml: log a visit, meeting, call or event with the concerns raised there; the log. */
@Named
@ViewScoped
public class OutreachView implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    private Outreach outreach;

    @Inject
    private PartnerDirectory partners;

    @Inject
    private Validator validator;

    private ContactDraft draft = new ContactDraft();
    private boolean mine = true;
    private Long communityFilter;
    private final PagedModel<Outreach.ContactRow> contacts = new PagedModel<>(
            request -> outreach.contacts(mine, communityFilter, request), Outreach.ContactRow::id);

    private transient List<Outreach.Area> areas;
    private transient List<Map.Entry<Long, String>> partnerChoices;

    public void addConcern() {
        draft.getConcerns().add(new ContactDraft.ConcernDraft());
    }

    public void removeConcern(int index) {
        if (index >= 0 && index < draft.getConcerns().size()) {
            draft.getConcerns().remove(index);
        }
    }

    public void save() {
        if (!Messages.valid(validator, draft)) {
            return;
        }
        try {
            outreach.logContact(draft);
            Messages.info("outreach.contact.saved", draft.getConcerns().size());
            draft = new ContactDraft();
        } catch (BusinessException e) {
            Messages.error(e);
        }
    }

    public List<Outreach.Area> getCommunities() {
        return areas().stream().filter(a -> a.kind() == Outreach.AreaKind.COMMUNITY).toList();
    }

    public List<Outreach.Area> getNeighbourhoods() {
        return areas().stream().filter(a -> a.kind() == Outreach.AreaKind.NEIGHBOURHOOD).toList();
    }

    private List<Outreach.Area> areas() {
        if (areas == null) {
            areas = outreach.areas();
        }
        return areas;
    }

    public List<Map.Entry<Long, String>> getPartners() {
        if (partnerChoices == null) {
            partnerChoices = partners.activePartners();
        }
        return partnerChoices;
    }

    public Outreach.ContactKind[] getKinds() {
        return Outreach.ContactKind.values();
    }

    public Outreach.ConcernTopic[] getTopics() {
        return Outreach.ConcernTopic.values();
    }

    public LanguageAccess.Provision[] getProvisions() {
        return LanguageAccess.Provision.values();
    }

    public ContactDraft getDraft() {
        return draft;
    }

    public PagedModel<Outreach.ContactRow> getContacts() {
        return contacts;
    }

    public boolean isMine() {
        return mine;
    }

    public void setMine(boolean mine) {
        this.mine = mine;
    }

    public Long getCommunityFilter() {
        return communityFilter;
    }

    public void setCommunityFilter(Long communityFilter) {
        this.communityFilter = communityFilter;
    }
}
