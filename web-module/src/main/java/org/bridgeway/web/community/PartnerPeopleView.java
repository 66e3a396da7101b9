package org.bridgeway.web.community;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.Validator;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import org.bridgeway.partners.api.Alliances;
import org.bridgeway.partners.api.PartnerPersonDraft;
import org.bridgeway.shared.BusinessException;
import org.bridgeway.web.shell.Messages;

/** The "Leaders and contacts" section of partners/partner.xhtml, for liaison officers (community:liaison). */
@Named
@ViewScoped
public class PartnerPeopleView implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    private Alliances alliances;

    @Inject
    private Validator validator;

    private PartnerPersonDraft person = new PartnerPersonDraft();

    private transient List<Alliances.Person> people;

    public List<Alliances.Person> people(long partnerId) {
        if (people == null) {
            people = alliances.people(partnerId);
        }
        return people;
    }

    public void add(long partnerId) {
        if (!Messages.valid(validator, person)) {
            return;
        }
        try {
            alliances.addPerson(partnerId, person);
            Messages.info("alliance.person.added");
            person = new PartnerPersonDraft();
            people = null;
        } catch (BusinessException e) {
            Messages.error(e);
        }
    }

    public void deactivate(long personId) {
        try {
            alliances.deactivatePerson(personId);
            Messages.info("alliance.person.deactivated");
            people = null;
        } catch (BusinessException e) {
            Messages.error(e);
        }
    }

    public Alliances.PreferredContact[] getContactChoices() {
        return Alliances.PreferredContact.values();
    }

    public PartnerPersonDraft getPerson() {
        return person;
    }
}
