package org.bridgeway.web.shell;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

/** Gives the not-found page its 404 status also when it shows a refused or missing record (an exception). */
@Named
@RequestScoped
public class ErrorPageView {

    public void notFound() {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        if (!external.isResponseCommitted()) {
            external.setResponseStatus(404);
        }
    }
}
