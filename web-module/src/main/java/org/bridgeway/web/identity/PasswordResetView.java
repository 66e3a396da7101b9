package org.bridgeway.web.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import org.bridgeway.identity.api.PasswordReset;
import org.bridgeway.shared.BusinessException;
import org.bridgeway.web.shell.Messages;

/** password-reset.xhtml (ask for a link) and password-reset-confirm.xhtml (choose the new password). */
@Named
@RequestScoped
public class PasswordResetView {

    @Inject
    private PasswordReset passwordReset;

    private String usernameOrEmail;
    private String token;
    private String newPassword;
    private String repeatedPassword;
    private boolean requested;

    public void requestLink() {
        passwordReset.requestLink(usernameOrEmail);
        // The same answer whether or not an account matched.
        requested = true;
        Messages.info("passwordReset.requested");
    }

    public void reset() throws IOException {
        if (!newPassword.equals(repeatedPassword)) {
            Messages.errorOn("resetForm:repeat", "password.error.mismatch");
            return;
        }
        try {
            passwordReset.reset(token, newPassword);
        } catch (BusinessException e) {
            Messages.error(e);
            return;
        }
        Messages.info("passwordReset.done");
        var external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/login.xhtml");
    }

    public boolean isRequested() {
        return requested;
    }

    public String getUsernameOrEmail() {
        return usernameOrEmail;
    }

    public void setUsernameOrEmail(String usernameOrEmail) {
        this.usernameOrEmail = usernameOrEmail;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
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
