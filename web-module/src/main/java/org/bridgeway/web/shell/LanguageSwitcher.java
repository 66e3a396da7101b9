package org.bridgeway.web.shell;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.List;
import org.bridgeway.identity.api.AccountRules;
import org.bridgeway.identity.api.AccountService;

/** The header's language menu. A signed-in person's choice is saved on their account. */
@Named
@RequestScoped
public class LanguageSwitcher {

    @Inject
    private UserSession userSession;

    @Inject
    private AccountService accountService;

    private String language;

    public List<String> getLanguages() {
        return AccountRules.LANGUAGES;
    }

    public String getLanguage() {
        return language == null ? userSession.getLanguage() : language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    /** Applies the choice and reloads the page so every text changes at once. */
    public void apply() throws IOException {
        if (language == null || !AccountRules.LANGUAGES.contains(language)) {
            return;
        }
        userSession.setLanguage(language);
        if (userSession.isSignedIn()) {
            accountService.changeOwnLanguage(language);
        }
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        String query = request.getQueryString();
        external.redirect(request.getRequestURI() + (query == null ? "" : "?" + query));
    }
}
