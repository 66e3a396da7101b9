package org.bridgeway.web.shell;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.util.Locale;
import org.bridgeway.identity.api.AccountRules;

/**
 * What the web layer remembers about the person between requests. Ids and flags only, never personal data,
 * so the session stays small when it replicates to other cluster members.
 */
@Named
@SessionScoped
public class UserSession implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private String language = "en";
    private Long accountId;
    private String displayName;
    private boolean mustChangePassword;

    public void signedIn(long accountId, String displayName, String language, boolean mustChangePassword) {
        this.accountId = accountId;
        this.displayName = displayName;
        this.language = AccountRules.LANGUAGES.contains(language) ? language : "en";
        this.mustChangePassword = mustChangePassword;
    }

    public boolean isSignedIn() {
        return accountId != null;
    }

    public Locale getLocale() {
        return Locale.forLanguageTag(language);
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        if (AccountRules.LANGUAGES.contains(language)) {
            this.language = language;
        }
    }

    public String getDisplayName() {
        return displayName;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    public void passwordChanged() {
        mustChangePassword = false;
    }
}
