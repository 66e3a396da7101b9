package org.bridgeway.web.shell;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.authc.AuthenticationException;
import org.apache.shiro.authc.ExcessiveAttemptsException;
import org.apache.shiro.authc.UsernamePasswordToken;
import org.apache.shiro.web.util.SavedRequest;
import org.apache.shiro.web.util.WebUtils;
import org.bridgeway.identity.api.AccountAuthentication;

/** The sign-in form and sign-out action. */
@Named
@RequestScoped
public class LoginView {

    @Inject
    private AccountAuthentication accounts;

    @Inject
    private UserSession userSession;

    private String username;
    private String password;

    public void signIn() throws IOException {
        var subject = SecurityUtils.getSubject();
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        try {
            subject.login(new UsernamePasswordToken(username, password, false, request.getRemoteAddr()));
        } catch (ExcessiveAttemptsException e) {
            Messages.error("login.error.throttled");
            password = null;
            return;
        } catch (AuthenticationException e) {
            // Same message whatever went wrong: nobody learns which user names exist or are disabled.
            Messages.error("login.error.failed");
            password = null;
            return;
        }
        request.changeSessionId(); // a fresh session id on login: no session fixation
        accounts.signedIn(username);
        var profile = accounts.loginProfile(username);
        userSession.signedIn(profile.accountId(), profile.displayName(), profile.language(),
                profile.mustChangePassword());
        String target = request.getContextPath() + "/index.xhtml";
        if (profile.mustChangePassword()) {
            target = request.getContextPath() + "/account/password.xhtml";
        } else {
            SavedRequest saved = WebUtils.getAndClearSavedRequest(request);
            if (saved != null && "GET".equalsIgnoreCase(saved.getMethod())) {
                target = saved.getRequestUrl();
            }
        }
        external.redirect(target);
    }

    public void signOut() throws IOException {
        SecurityUtils.getSubject().logout();
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/login.xhtml");
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
