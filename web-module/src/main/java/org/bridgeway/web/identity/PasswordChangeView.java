package org.bridgeway.web.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import org.bridgeway.identity.api.AccountService;
import org.bridgeway.shared.BusinessException;
import org.bridgeway.web.shell.Messages;
import org.bridgeway.web.shell.UserSession;

/** account/password.xhtml: a person changes their own password (required after a temporary one). */
@Named
@RequestScoped
public class PasswordChangeView {

    @Inject
    private AccountService accountService;

    @Inject
    private UserSession userSession;

    private String currentPassword;
    private String newPassword;
    private String repeatedPassword;

    public void change() throws IOException {
        if (!newPassword.equals(repeatedPassword)) {
            Messages.errorOn("passwordForm:repeat", "password.error.mismatch");
            return;
        }
        try {
            accountService.changeOwnPassword(currentPassword, newPassword);
        } catch (BusinessException e) {
            Messages.error(e);
            return;
        }
        userSession.passwordChanged();
        Messages.info("password.changed");
        var external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/index.xhtml");
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getRepeatedPassword() {
        return repeatedPassword;
    }

    public void setRepeatedPassword(String repeatedPassword) {
        this.repeatedPassword = repeatedPassword;
    }
}
