package org.bridgeway.web.partners;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import org.bridgeway.partners.api.PartnerDetails;
import org.bridgeway.partners.api.PartnerDraft;
import org.bridgeway.partners.api.PartnerService;
import org.bridgeway.partners.api.PartnerType;
import org.bridgeway.shared.BusinessException;
import org.bridgeway.web.shell.Messages;

/** partners/partner.xhtml: create a partner (no id) or edit one (?id=N). */
@Named
@ViewScoped
public class PartnerEditView implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    private PartnerService partnerService;

    @Inject
    private org.bridgeway.partners.api.PartnerDirectory partnerDirectory;

    private Long id;
    private long version;
    private boolean active = true;
    private PartnerDraft draft = new PartnerDraft();

    /** Loads the partner named in the URL; an unknown id raises not-found, shown as the 404 page. */
    public void load() {
        if (id != null && !FacesContext.getCurrentInstance().isPostback()) {
            PartnerDetails details = partnerService.getPartner(id);
            version = details.version();
            active = details.active();
            draft = details.draft();
        }
    }

    public void save() throws IOException {
        try {
            if (id == null) {
                partnerService.createPartner(draft);
                Messages.info("partner.saved.created", draft.getName());
            } else {
                partnerService.updatePartner(id, version, draft);
                Messages.info("partner.saved.updated", draft.getName());
            }
        } catch (BusinessException e) {
            Messages.error(e);
            return;
        }
        backToList();
    }

    public void toggleActive() throws IOException {
        try {
            partnerService.setActive(id, version, !active);
            Messages.info(active ? "partner.deactivated" : "partner.reactivated", draft.getName());
        } catch (BusinessException e) {
            Messages.error(e);
            return;
        }
        backToList();
    }

    private static void backToList() throws IOException {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        external.getFlash().setKeepMessages(true);
        external.redirect(external.getRequestContextPath() + "/partners/partners.xhtml");
    }

    public PartnerType[] getTypes() {
        return PartnerType.values();
    }

    public boolean isNew() {
        return id == null;
    }

    /** The link to print on the partner's flyers: the public youth form, with the partner's code. */
    public String getReferralLink() {
        if (id == null) {
            return null;
        }
        // Read when needed: a config value injected into a view-scoped bean could not be passivated.
        String publicUrl = org.eclipse.microprofile.config.ConfigProvider.getConfig()
                .getOptionalValue("bridgeway.public-url", String.class).orElse("http://localhost:28080/bridgeway");
        return publicUrl + "/public/index.xhtml?ref=" + partnerDirectory.referralCodeOf(id);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public boolean isActive() {
        return active;
    }

    public PartnerDraft getDraft() {
        return draft;
    }
}
