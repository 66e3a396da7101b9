package org.bridgeway.web.shell;

import jakarta.faces.context.FacesContext;
import java.io.IOException;

/** Sends a generated file (a PDF, a CSV) as the response of a non-Ajax action. */
public final class Downloads {

    private Downloads() {
    }

    public static void send(String contentType, String fileName, byte[] content) throws IOException {
        FacesContext context = FacesContext.getCurrentInstance();
        var external = context.getExternalContext();
        external.responseReset();
        external.setResponseContentType(contentType);
        external.setResponseContentLength(content.length);
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        external.getResponseOutputStream().write(content);
        context.responseComplete();
    }
}
