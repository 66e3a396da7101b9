package org.bridgeway.partners.api;

import jakarta.ejb.Local;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.bridgeway.shared.Page;
import org.bridgeway.shared.PageRequest;

/** Partner organisations: community groups that refer people and co-host events. */
@Local
public interface PartnerService {

    /** Requires partners:read. One page and the total count. Sortable by name, type, contactName, active. */
    Page<PartnerSummary> findPartners(@NotNull PartnerFilter filter, @NotNull PageRequest page);

    /** Requires partners:read. How many partners match the filter. */
    long countPartners(@NotNull PartnerFilter filter);

    /** Requires partners:read. One page of the partners that match, without counting them. */
    java.util.List<PartnerSummary> listPartners(@NotNull PartnerFilter filter, @NotNull PageRequest page);

    /** Requires partners:read. */
    PartnerDetails getPartner(long id);

    /** Requires partners:write. Returns the new partner's id. */
    long createPartner(@NotNull @Valid PartnerDraft draft);

    /** Requires partners:write. Fails with a concurrent-change error when version is stale. */
    void updatePartner(long id, long version, @NotNull @Valid PartnerDraft draft);

    /** Requires partners:write. Partners are deactivated, never deleted: referrals keep pointing at them. */
    void setActive(long id, long version, boolean active);
}
