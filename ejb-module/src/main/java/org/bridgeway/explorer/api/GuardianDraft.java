package org.bridgeway.explorer.api;

import static org.bridgeway.explorer.api.ExplorerRules.EMAIL_MAX;
import static org.bridgeway.explorer.api.ExplorerRules.GUARDIAN_NAME_MAX;
import static org.bridgeway.explorer.api.ExplorerRules.LANGUAGE_CODE_PATTERN;
import static org.bridgeway.explorer.api.ExplorerRules.PHONE_MAX;
import static org.bridgeway.explorer.api.ExplorerRules.PHONE_PATTERN;
import static org.bridgeway.explorer.api.ExplorerRules.RELATIONSHIP_MAX;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** A parent or guardian of a participant under 18; id is null until saved. */
public class GuardianDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;

    @NotBlank
    @Size(max = GUARDIAN_NAME_MAX)
    private String name;

    @NotBlank
    @Size(max = RELATIONSHIP_MAX)
    private String relationship;

    @Size(max = PHONE_MAX)
    @Pattern(regexp = PHONE_PATTERN)
    private String phone;

    @Email
    @Size(max = EMAIL_MAX)
    private String email;

    @NotBlank
    @Pattern(regexp = LANGUAGE_CODE_PATTERN)
    private String preferredLanguage = "en";

    private boolean mayConsent = true;

    /** Someone must be reachable: a phone number or an e-mail address. */
    @AssertTrue(message = "{explorer.validation.guardianContact}")
    public boolean isReachable() {
        return (phone != null && !phone.isBlank()) || (email != null && !email.isBlank());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getRelationship() {
        return relationship;
    }

    public void setRelationship(String relationship) {
        this.relationship = relationship;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPreferredLanguage() {
        return preferredLanguage;
    }

    public void setPreferredLanguage(String preferredLanguage) {
        this.preferredLanguage = preferredLanguage;
    }

    public boolean isMayConsent() {
        return mayConsent;
    }

    public void setMayConsent(boolean mayConsent) {
        this.mayConsent = mayConsent;
    }
}
