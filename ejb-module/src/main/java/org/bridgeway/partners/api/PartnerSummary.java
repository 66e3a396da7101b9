package org.bridgeway.partners.api;

import java.io.Serializable;
import java.util.List;

/**
 * A row of the partner list and of GET /api/partners. Notes are left out: they are for the detail view.
 * The getters are for Jakarta EL 5 (Jakarta EE 10), which reads JavaBean properties but not record components.
 */
public record PartnerSummary(long id, String name, PartnerType type, List<String> languagesServed,
        String contactName, String contactPhone, String contactEmail, boolean active) implements Serializable {

    public long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public PartnerType getType() {
        return type;
    }

    public List<String> getLanguagesServed() {
        return languagesServed;
    }

    public String getContactName() {
        return contactName;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public boolean isActive() {
        return active;
    }
}
