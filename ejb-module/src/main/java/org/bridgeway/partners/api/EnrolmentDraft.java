package org.bridgeway.partners.api;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.bridgeway.shared.freetext.NoMarkup;

/** An adult from the community joining an academy cohort: how to reach them and which languages they need. */
public class EnrolmentDraft implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public static final String LANGUAGE_CODE = "[a-z]{2,3}";

    @NotBlank
    @Size(max = 80)
    @NoMarkup
    private String givenName;

    @NotBlank
    @Size(max = 80)
    @NoMarkup
    private String familyName;

    @Email
    @Size(max = 254)
    private String email;

    @Size(max = 40)
    @Pattern(regexp = "[+0-9 ()./-]*")
    private String phone;

    @NotBlank
    @Pattern(regexp = LANGUAGE_CODE)
    private String preferredLanguage = "en";

    @Size(max = 8)
    private List<@Pattern(regexp = LANGUAGE_CODE) String> languages = new ArrayList<>();

    private boolean interpreterNeeded;

    @Pattern(regexp = LANGUAGE_CODE)
    private String interpreterLanguage;

    @AssertTrue(message = "{academy.enrolment.interpreterLanguage}")
    public boolean isInterpreterLanguageGiven() {
        return !interpreterNeeded || (interpreterLanguage != null && !interpreterLanguage.isBlank());
    }

    public String getGivenName() {
        return givenName;
    }

    public void setGivenName(String givenName) {
        this.givenName = givenName;
    }

    public String getFamilyName() {
        return familyName;
    }

    public void setFamilyName(String familyName) {
        this.familyName = familyName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getPreferredLanguage() {
        return preferredLanguage;
    }

    public void setPreferredLanguage(String preferredLanguage) {
        this.preferredLanguage = preferredLanguage;
    }

    public List<String> getLanguages() {
        return languages;
    }

    public void setLanguages(List<String> languages) {
        this.languages = languages == null ? new ArrayList<>() : new ArrayList<>(languages);
    }

    public boolean isInterpreterNeeded() {
        return interpreterNeeded;
    }

    public void setInterpreterNeeded(boolean interpreterNeeded) {
        this.interpreterNeeded = interpreterNeeded;
    }

    public String getInterpreterLanguage() {
        return interpreterLanguage;
    }

    public void setInterpreterLanguage(String interpreterLanguage) {
        this.interpreterLanguage = interpreterLanguage;
    }
}
