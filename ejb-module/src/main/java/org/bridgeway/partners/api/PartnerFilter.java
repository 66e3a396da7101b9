package org.bridgeway.partners.api;

import java.io.Serializable;

/** Filters of the partner list; null means "any". */
public record PartnerFilter(String name, PartnerType type, String language, Boolean active) implements Serializable {

    public static PartnerFilter none() {
        return new PartnerFilter(null, null, null, null);
    }
}
