package org.bridgeway.rest.partners;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.bridgeway.partners.api.PartnerFilter;
import org.bridgeway.partners.api.PartnerService;
import org.bridgeway.partners.api.PartnerSummary;
import org.bridgeway.partners.api.PartnerType;
import org.bridgeway.shared.BusinessException;
import org.bridgeway.shared.Page;
import org.bridgeway.shared.PageRequest;

/** GET /api/partners?offset=0&size=20&name=...&type=...&language=so&active=true&sort=name&desc=false */
@Path("partners")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PartnerResource {

    @Inject
    private PartnerService partnerService;

    @GET
    public Page<PartnerSummary> list(@QueryParam("offset") @DefaultValue("0") String offset,
            @QueryParam("size") @DefaultValue("20") String size,
            @QueryParam("name") String name,
            @QueryParam("type") String type,
            @QueryParam("language") String language,
            @QueryParam("active") Boolean active,
            @QueryParam("sort") @DefaultValue("name") String sort,
            @QueryParam("desc") @DefaultValue("false") boolean descending) {
        var filter = new PartnerFilter(name, parseType(type), language, active);
        return partnerService.findPartners(filter,
                new PageRequest(number(offset, "error.page.offset"), number(size, "error.page.size"), sort, !descending));
    }

    /** Paging numbers are read here so that "abc" gets the same 400 JSON answer as a number out of range. */
    private static int number(String value, String errorKey) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new BusinessException(errorKey, PageRequest.MAX_SIZE);
        }
    }

    @GET
    @Path("{id}")
    public PartnerSummary get(@PathParam("id") long id) {
        var details = partnerService.getPartner(id);
        return new PartnerSummary(details.id(), details.draft().getName(), details.draft().getType(),
                details.draft().getLanguagesServed(), details.draft().getContactName(),
                details.draft().getContactPhone(), details.draft().getContactEmail(), details.active());
    }

    private static PartnerType parseType(String type) {
        if (type == null || type.isBlank()) {
            return null;
        }
        try {
            return PartnerType.valueOf(type);
        } catch (IllegalArgumentException e) {
            throw new BusinessException("error.partnerType.unknown");
        }
    }
}
