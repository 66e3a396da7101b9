package org.bridgeway.web.publicarea;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import org.bridgeway.partners.api.PolicyView;
import org.bridgeway.partners.api.PublicPolicies;
import org.bridgeway.shared.BusinessException;
import org.bridgeway.web.shell.Messages;

/** admin/policies.xhtml: publish a policy (a new version, one language at a time); every version is kept. */
@Named
@ViewScoped
public class PolicyAdminView implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    private PublicPolicies policies;

    private String slug = "immigration-non-inquiry";
    private String language = "en";
    private String title;
    private String body;

    public void publish() {
        try {
            int version = policies.publish(slug, language, title, body);
            Messages.info("policy.published", version);
            title = null;
            body = null;
        } catch (BusinessException e) {
            Messages.error(e);
        }
    }

    public List<PolicyView> getHistory() {
        return policies.history();
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }
}
