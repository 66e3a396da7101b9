package org.bridgeway.recruitment.api;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.bridgeway.shared.freetext.NoIdentityNumbers;

/**
 * What a recruiter records about an applicant. Nothing about immigration, birthplace or self-identification
 * lives here: self-identification is the applicant's own, in its own table; a residency basis, where a
 * requirement needs one, is a protected value.
 */
public class ApplicantDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int NAME_MAX = 80;
    public static final String LANGUAGE_CODE = "[a-z]{2,3}";

    @NotBlank
    @Size(max = NAME_MAX)
    private String givenName;

    @NotBlank
    @Size(max = NAME_MAX)
    private String familyName;

    @Email
    @Size(max = 254)
    private String email;

    @Size(max = 30)
    @Pattern(regexp = "[+0-9 ()./-]*")
    private String phone;

    @Past
    private LocalDate birthDate;

    private Education education;

    @NotBlank
    @Pattern(regexp = LANGUAGE_CODE)
    private String preferredLanguage = "en";

    private List<@Pattern(regexp = LANGUAGE_CODE) String> languages = new ArrayList<>();

    private boolean interpreterNeeded;

    @Size(max = 200)
    @NoIdentityNumbers
    private String heardHow;

    @NotNull
    private ApplicantSource source = ApplicantSource.WEBSITE;

    private Long sourcePartnerId;

    @Size(max = 120)
    @NoIdentityNumbers
    private String sourceEvent;

    @Size(max = 120)
    private String referringOfficer;

    private Long recruiterAccountId;

    /** A partner referral names the partner; an outreach event its name; an officer referral the officer. */
    @AssertTrue(message = "{recruitment.applicant.sourceDetail}")
    public boolean isSourceDetailed() {
        return switch (source == null ? ApplicantSource.WEBSITE : source) {
            case PARTNER -> sourcePartnerId != null;
            case OUTREACH_EVENT -> sourceEvent != null && !sourceEvent.isBlank();
            case OFFICER_REFERRAL -> referringOfficer != null && !referringOfficer.isBlank();
            default -> true;
        };
    }

    /** Some way to reach the person. */
    @AssertTrue(message = "{recruitment.applicant.contact}")
    public boolean isReachable() {
        return (email != null && !email.isBlank()) || (phone != null && !phone.isBlank());
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

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(LocalDate birthDate) {
        this.birthDate = birthDate;
    }

    public Education getEducation() {
        return education;
    }

    public void setEducation(Education education) {
        this.education = education;
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

    public String getHeardHow() {
        return heardHow;
    }

    public void setHeardHow(String heardHow) {
        this.heardHow = heardHow;
    }

    public ApplicantSource getSource() {
        return source;
    }

    public void setSource(ApplicantSource source) {
        this.source = source;
    }

    public Long getSourcePartnerId() {
        return sourcePartnerId;
    }

    public void setSourcePartnerId(Long sourcePartnerId) {
        this.sourcePartnerId = sourcePartnerId;
    }

    public String getSourceEvent() {
        return sourceEvent;
    }

    public void setSourceEvent(String sourceEvent) {
        this.sourceEvent = sourceEvent;
    }

    public String getReferringOfficer() {
        return referringOfficer;
    }

    public void setReferringOfficer(String referringOfficer) {
        this.referringOfficer = referringOfficer;
    }

    public Long getRecruiterAccountId() {
        return recruiterAccountId;
    }

    public void setRecruiterAccountId(Long recruiterAccountId) {
        this.recruiterAccountId = recruiterAccountId;
    }
}
