package org.bridgeway.partners.api;

import static org.bridgeway.partners.api.PartnerRules.CONTACT_NAME_MAX;
import static org.bridgeway.partners.api.PartnerRules.EMAIL_MAX;
import static org.bridgeway.partners.api.PartnerRules.LANGUAGE_CODE_PATTERN;
import static org.bridgeway.partners.api.PartnerRules.NAME_MAX;
import static org.bridgeway.partners.api.PartnerRules.NOTES_MAX;
import static org.bridgeway.partners.api.PartnerRules.PHONE_MAX;
import static org.bridgeway.partners.api.PartnerRules.PHONE_PATTERN;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.bridgeway.shared.freetext.NoIdentityNumbers;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** The editable fields of a partner organisation, as a form fills them in. */
public class PartnerDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank
    @Size(max = NAME_MAX)
    private String name;

    @NotNull
    private PartnerType type;

    private List<@Pattern(regexp = LANGUAGE_CODE_PATTERN) String> languagesServed = new ArrayList<>();

    @Size(max = CONTACT_NAME_MAX)
    private String contactName;

    @Size(max = PHONE_MAX)
    @Pattern(regexp = PHONE_PATTERN)
    private String contactPhone;

    @Email
    @Size(max = EMAIL_MAX)
    private String contactEmail;

    @Size(max = NOTES_MAX)
    @NoIdentityNumbers
    private String notes;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public PartnerType getType() {
        return type;
    }

    public void setType(PartnerType type) {
        this.type = type;
    }

    public List<String> getLanguagesServed() {
        return languagesServed;
    }

    public void setLanguagesServed(List<String> languagesServed) {
        this.languagesServed = languagesServed == null ? new ArrayList<>() : new ArrayList<>(languagesServed);
    }

    public String getContactName() {
        return contactName;
    }

    public void setContactName(String contactName) {
        this.contactName = contactName;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public void setContactPhone(String contactPhone) {
        this.contactPhone = contactPhone;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }
}
