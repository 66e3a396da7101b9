package org.bridgeway.web.publicarea;

import jakarta.faces.FacesException;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.ExternalContextFactory;
import jakarta.faces.context.ExternalContextWrapper;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Public pages must not open an HTTP session, but Faces asks for one while rendering (the view map that
 * PrimeFaces' CSP nonce lives in). For requests under /public/ "create a session" means "use one only if it
 * already exists": Faces then keeps the view map for the request alone, which is all a stateless view needs.
 * Shiro's noSessionCreation on /public/** catches anything else that would try.
 */
public class NoSessionExternalContextFactory extends ExternalContextFactory {

    static final String PUBLIC_PREFIX = "/public/";

    public NoSessionExternalContextFactory(ExternalContextFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExternalContext getExternalContext(Object context, Object request, Object response) throws FacesException {
        ExternalContext external = getWrapped().getExternalContext(context, request, response);
        if (request instanceof HttpServletRequest http && http.getServletPath().startsWith(PUBLIC_PREFIX)) {
            return new ExternalContextWrapper(external) {
                @Override
                public Object getSession(boolean create) {
                    return super.getSession(false);
                }
            };
        }
        return external;
    }
}
