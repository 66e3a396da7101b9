package org.bridgeway.web.publicarea;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.bridgeway.partners.api.PolicyView;
import org.bridgeway.partners.api.PublicPolicies;

/** public/policies.xhtml: the agency's published policies in the visitor's language. */
@Named
@RequestScoped
public class PublicPoliciesView {

    @Inject
    private PublicPolicies policies;

    @Inject
    private PublicLocale locale;

    private List<PolicyView> published;
    private List<PolicyView> statements;

    public List<PolicyView> getPublished() {
        if (published == null) {
            published = policies.published(locale.getLanguage());
        }
        return published;
    }

    public List<PolicyView> getStatements() {
        if (statements == null) {
            statements = policies.statements(locale.getLanguage());
        }
        return statements;
    }
}
