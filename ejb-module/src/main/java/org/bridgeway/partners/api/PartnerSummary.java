package org.bridgeway.partners.api;

import java.io.Serializable;
import java.util.List;

/** A row of the partner list and of GET /api/partners. Notes are left out: they are for the detail view. */
public record PartnerSummary(long id, String name, PartnerType type, List<String> languagesServed,
        String contactName, String contactPhone, String contactEmail, boolean active) implements Serializable {
}
