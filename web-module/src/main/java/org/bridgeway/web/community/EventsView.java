package org.bridgeway.web.community;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.Validator;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.bridgeway.partners.api.EventDraft;
import org.bridgeway.partners.api.Outreach;
import org.bridgeway.partners.api.OutreachEvents;
import org.bridgeway.partners.api.PartnerDirectory;
import org.bridgeway.shared.BusinessException;
import org.bridgeway.web.shell.Messages;
import org.bridgeway.web.shell.PagedModel;

/** community/events.xhtml: plan an outreach event with its co-hosts and languages; the list of events. */
@Named
@ViewScoped
public class EventsView implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    private OutreachEvents events;

    @Inject
    private Outreach outreach;

    @Inject
    private PartnerDirectory partners;

    @Inject
    private Validator validator;

    private EventDraft draft = new EventDraft();
    private final PagedModel<OutreachEvents.EventRow> list = new PagedModel<>(request -> events.events(request),
            OutreachEvents.EventRow::id);

    private transient List<Map.Entry<Long, String>> partnerChoices;
    private transient List<Outreach.Area> communities;

    public void create() {
        if (!Messages.valid(validator, draft)) {
            return;
        }
        try {
            events.create(draft);
            Messages.info("event.created", draft.getName());
            draft = new EventDraft();
        } catch (BusinessException e) {
            Messages.error(e);
        }
    }

    public List<Map.Entry<Long, String>> getPartners() {
        if (partnerChoices == null) {
            partnerChoices = partners.activePartners();
        }
        return partnerChoices;
    }

    public List<Outreach.Area> getCommunities() {
        if (communities == null) {
            communities = outreach.areas().stream().filter(a -> a.kind() == Outreach.AreaKind.COMMUNITY).toList();
        }
        return communities;
    }

    public OutreachEvents.EventKind[] getKinds() {
        return OutreachEvents.EventKind.values();
    }

    public EventDraft getDraft() {
        return draft;
    }

    public PagedModel<OutreachEvents.EventRow> getList() {
        return list;
    }
}
