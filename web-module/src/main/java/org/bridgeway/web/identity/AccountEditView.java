package org.bridgeway.web.identity;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.bridgeway.identity.api.AccountRules;
import org.bridgeway.identity.api.AccountService;
import org.bridgeway.identity.api.AccountSummary;
import org.bridgeway.identity.api.NewAccount;
import org.bridgeway.identity.api.Role;
import org.bridgeway.shared.BusinessException;
import org.bridgeway.shared.retention.PersonRef;
import org.bridgeway.shared.retention.Retention;
import org.bridgeway.web.shell.Messages;

/** admin/account.xhtml: create an account, or change roles, status and temporary password of one. */
@Named
@ViewScoped
public class AccountEditView implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    private AccountService accountService;

    @Inject
    private Retention retention;

    private Long id;
    private long version;
    private boolean enabled = true;
    @Size(max = AccountRules.USERNAME_MAX)
    private String username;
    @Size(max = AccountRules.DISPLAY_NAME_MAX)
    private String displayName;
    @Email
    @Size(max = AccountRules.EMAIL_MAX)
    private String email;
    private String language = "en";
    private List<Role> roles = new ArrayList<>();
    private String temporaryPassword;

    public void load() {
        if (id != null && !FacesContext.getCurrentInstance().isPostback()) {
            AccountSummary account = accountService.getAccount(id);
            version = account.version();
            enabled = account.enabled();
            username = account.username();
            displayName = account.displayName();
            roles = new ArrayList<>(account.roles());
        }
    }

    public void save() throws IOException {
        try {
            if (id == null) {
                accountService.createAccount(new NewAccount(username, displayName, email, language,
                        EnumSet.copyOf(roles), temporaryPassword));
                Messages.info("account.saved.created", username);
            } else {
                accountService.setRoles(id, version, EnumSet.copyOf(roles));
                if (temporaryPassword != null && !temporaryPassword.isBlank()) {
                    accountService.setTemporaryPassword(id, temporaryPassword);
                }
                Messages.info("account.saved.updated", username);
            }
        } catch (BusinessException e) {
            Messages.error(e);
            return;
        }
        backToList();
    }

    public void toggleEnabled() throws IOException {
        try {
            accountService.setEnabled(id, version, !enabled);
            Messages.info(enabled ? "account.disabled" : "account.enabled", username);
        } catch (BusinessException e) {
            Messages.error(e);
            return;
        }
        backToList();
    }

    /** Erases a disabled account's person across every context. Cannot be undone; audited without a name. */
    public void erase() throws IOException {
        try {
            retention.erase(new PersonRef(PersonRef.ACCOUNT, id));
            Messages.info("account.erased");
        } catch (BusinessException e) {
            Messages.error(e);
            return;
        }
        backToList();
    }

    private static void backToList() throws IOException {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        external.getFlash().setKeepMessages(true);
        external.redirect(external.getRequestContextPath() + "/admin/accounts.xhtml");
    }

    public Role[] getAllRoles() {
        return Role.values();
    }

    public boolean isNew() {
        return id == null;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public List<Role> getRoles() {
        return roles;
    }

    public void setRoles(List<Role> roles) {
        this.roles = roles;
    }

    public String getTemporaryPassword() {
        return temporaryPassword;
    }

    public void setTemporaryPassword(String temporaryPassword) {
        this.temporaryPassword = temporaryPassword;
    }
}
