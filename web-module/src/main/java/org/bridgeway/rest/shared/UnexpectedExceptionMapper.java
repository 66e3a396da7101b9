package org.bridgeway.rest.shared;

import jakarta.ejb.EJBException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.lang.System.Logger.Level;
import org.bridgeway.shared.BusinessException;

/**
 * Everything else as JSON too: an invalid parameter is 400, a failure of ours is 500 with an id-free
 * message. The exception goes to the server log, never to the client.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final System.Logger LOG = System.getLogger(UnexpectedExceptionMapper.class.getName());

    @Override
    public Response toResponse(Throwable e) {
        Throwable cause = e instanceof EJBException && e.getCause() != null ? e.getCause() : e;
        if (cause instanceof BusinessException business) {
            return new BusinessExceptionMapper().toResponse(business);
        }
        if (cause instanceof ConstraintViolationException) {
            return json(400, new ApiError("error.validation", "The request is not valid."));
        }
        if (cause instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            int status = web.getResponse().getStatus();
            return json(status, new ApiError("error.http." + status, web.getResponse().getStatusInfo().getReasonPhrase()));
        }
        LOG.log(Level.ERROR, "Unexpected failure in the API", e);
        return json(500, new ApiError("error.unexpected", "Something went wrong on our side."));
    }

    private static Response json(int status, ApiError error) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(error).build();
    }
}
