package org.bridgeway.web.publicarea;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Map;
import org.bridgeway.partners.api.InterestForm;
import org.bridgeway.partners.api.PublicIntake;
import org.bridgeway.shared.BusinessException;
import org.bridgeway.web.shell.Messages;

/**
 * public/youth.xhtml and public/adult.xhtml: the interest forms. Request-scoped with stateless views, so the
 * pages open no session. A filled honeypot field (invisible to people) is thanked and dropped; too many
 * submissions from one address in an hour get 429.
 */
@Named
@RequestScoped
public class PublicFormView {

    @Inject
    private PublicIntake intake;

    @Inject
    private PublicLocale locale;

    private final InterestForm form = new InterestForm();
    private String ref;
    private String website;
    private Map<Long, String> posts;

    @PostConstruct
    void init() {
        form.setLanguage(locale.getLanguage());
    }

    public void submit(String kind) throws IOException {
        FacesContext context = FacesContext.getCurrentInstance();
        var external = context.getExternalContext();
        form.setKind(InterestForm.Kind.valueOf(kind));
        if (website != null && !website.isBlank()) {
            thanks(); // a bot filled the hidden field: nothing is stored
            return;
        }
        try {
            var request = (HttpServletRequest) external.getRequest();
            var result = intake.submit(form, ref, request.getRemoteAddr());
            switch (result.outcome()) {
                case RATE_LIMITED -> {
                    external.responseSendError(429, Messages.text("public.rateLimited"));
                    context.responseComplete();
                    return;
                }
                case INVALID -> {
                    result.violations().stream().map(Messages::violation).distinct().forEach(text ->
                            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null)));
                    context.validationFailed();
                    return;
                }
                default -> { }
            }
        } catch (BusinessException e) {
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, Messages.text(e.messageKey(),
                    e.arguments().toArray()), null));
            context.validationFailed();
            return;
        }
        thanks();
    }

    private void thanks() throws IOException {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/public/thanks.xhtml?lang=" + locale.getLanguage());
    }

    public Map<Long, String> getPosts() {
        if (posts == null) {
            posts = intake.posts();
        }
        return posts;
    }

    public InterestForm.Interest[] getInterests() {
        return InterestForm.Interest.values();
    }

    public InterestForm getForm() {
        return form;
    }

    public String getRef() {
        return ref;
    }

    public void setRef(String ref) {
        this.ref = ref;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }
}
