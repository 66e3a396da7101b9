package org.bridgeway.web.community;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.Validator;
import java.io.Serial;
import java.io.Serializable;
import java.util.Map;
import org.bridgeway.partners.api.InterestForm;
import org.bridgeway.partners.api.OutreachEvents;
import org.bridgeway.partners.api.PublicIntake;
import org.bridgeway.shared.BusinessException;
import org.bridgeway.web.shell.Messages;

/**
 * community/event.xhtml: one outreach event - turnout afterwards, and leads captured there: a youth for an Explorer
 * post (its coordinators see the applicant) or an adult interested in police careers (a recruitment applicant).
 */
@Named
@ViewScoped
public class EventView implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    private OutreachEvents events;

    @Inject
    private PublicIntake intake;

    @Inject
    private Validator validator;

    private Long id;
    private Integer headCount;
    private boolean interpreterPresent;
    private InterestForm lead = newLead();

    private transient OutreachEvents.EventRow event;
    private transient Map<Long, String> posts;

    private static InterestForm newLead() {
        var form = new InterestForm();
        form.setKind(InterestForm.Kind.YOUTH);
        form.setInterest(InterestForm.Interest.CAREERS);
        return form;
    }

    public void load() {
        if (FacesContext.getCurrentInstance().isPostback() || id == null) {
            return;
        }
        headCount = getEvent().headCount();
        interpreterPresent = getEvent().interpreterPresent();
    }

    public void saveTurnout() {
        try {
            events.recordTurnout(id, getEvent().version(), headCount, interpreterPresent);
            Messages.info("event.turnout.saved");
            event = null;
        } catch (BusinessException e) {
            Messages.error(e);
        }
    }

    public void capture() {
        if (lead.getKind() == InterestForm.Kind.ADULT) {
            lead.setInterest(InterestForm.Interest.CAREERS);
        }
        if (!Messages.valid(validator, lead)) {
            return;
        }
        try {
            var captured = events.captureLead(id, lead);
            Messages.info(captured.type().startsWith("EXPLORER") ? "event.lead.youth" : "event.lead.careers",
                    lead.getGivenName());
            lead = newLead();
            event = null;
        } catch (BusinessException e) {
            Messages.error(e);
        }
    }

    public OutreachEvents.EventRow getEvent() {
        if (event == null && id != null) {
            event = events.event(id);
        }
        return event;
    }

    public Map<Long, String> getPosts() {
        if (posts == null) {
            posts = intake.posts();
        }
        return posts;
    }

    public InterestForm.Kind[] getLeadKinds() {
        return InterestForm.Kind.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Integer getHeadCount() {
        return headCount;
    }

    public void setHeadCount(Integer headCount) {
        this.headCount = headCount;
    }

    public boolean isInterpreterPresent() {
        return interpreterPresent;
    }

    public void setInterpreterPresent(boolean interpreterPresent) {
        this.interpreterPresent = interpreterPresent;
    }

    public InterestForm getLead() {
        return lead;
    }
}
