package org.bridgeway.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Headers every response carries: no framing, no MIME sniffing, no referrer leaking record ids, no caching of
 * anything but static resources, HSTS over HTTPS.
 */
public class SecurityHeadersFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        // Scripts are governed by the nonce policy PrimeFaces adds to each page (primefaces.CSP in web.xml);
        // a browser enforces both headers, so this one restricts everything else.
        response.addHeader("Content-Security-Policy",
                "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline';"
                        + " img-src 'self' data:; font-src 'self' data:; frame-ancestors 'none'; object-src 'none';"
                        + " base-uri 'self'; form-action 'self'");
        if (!request.getRequestURI().contains("/jakarta.faces.resource/")) {
            // Pages and API answers may carry personal data: no browser or proxy keeps a copy.
            response.setHeader("Cache-Control", "no-store");
        }
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
        chain.doFilter(request, response);
    }
}
