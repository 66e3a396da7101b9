package org.bridgeway.web.security;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.shiro.web.filter.authc.BasicHttpAuthenticationFilter;
import org.apache.shiro.web.util.WebUtils;

/**
 * The REST API accepts a signed-in browser session or HTTP Basic credentials, never creates a session, and
 * answers a missing or wrong login with a JSON 401 rather than a login page.
 */
public class ApiAuthenticationFilter extends BasicHttpAuthenticationFilter {

    public ApiAuthenticationFilter() {
        setApplicationName("Bridgeway");
    }

    @Override
    protected boolean sendChallenge(ServletRequest request, ServletResponse response) {
        HttpServletResponse http = WebUtils.toHttp(response);
        http.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        http.setHeader(AUTHENTICATE_HEADER, getAuthcScheme() + " realm=\"" + getApplicationName() + "\"");
        http.setContentType("application/json");
        http.setCharacterEncoding(StandardCharsets.UTF_8.name());
        try {
            http.getWriter().write("{\"error\":\"unauthorized\",\"message\":\"Sign in first.\"}");
        } catch (IOException e) {
            // the status alone still tells the client
        }
        return false;
    }
}
