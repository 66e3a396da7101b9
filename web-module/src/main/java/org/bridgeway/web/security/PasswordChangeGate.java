package org.bridgeway.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.bridgeway.web.shell.UserSession;

/** Someone signed in with a temporary password sees only the change-password page until they choose one. */
public class PasswordChangeGate extends HttpFilter {

    static final String PASSWORD_PAGE = "/account/password.xhtml";

    @Inject
    private UserSession userSession;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getServletPath();
        if (request.getSession(false) != null && userSession.isMustChangePassword() && !PASSWORD_PAGE.equals(path)
                && !"/login.xhtml".equals(path) && !path.startsWith("/password-reset")) {
            response.sendRedirect(request.getContextPath() + PASSWORD_PAGE);
            return;
        }
        chain.doFilter(request, response);
    }
}
