package org.bridgeway.explorer.api;

import static org.bridgeway.explorer.api.ExplorerRules.EMAIL_MAX;
import static org.bridgeway.explorer.api.ExplorerRules.GUARDIAN_NAME_MAX;
import static org.bridgeway.explorer.api.ExplorerRules.INTEREST_MAX;
import static org.bridgeway.explorer.api.ExplorerRules.LANGUAGE_CODE_PATTERN;
import static org.bridgeway.explorer.api.ExplorerRules.PERSON_NAME_MAX;
import static org.bridgeway.explorer.api.ExplorerRules.PHONE_MAX;
import static org.bridgeway.explorer.api.ExplorerRules.PHONE_PATTERN;
import static org.bridgeway.explorer.api.ExplorerRules.SCHOOL_MAX;
import static org.bridgeway.explorer.api.ExplorerRules.SELF_DESCRIPTION_MAX;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
 * What a coordinator records about a participant: the minimum the program needs. Nothing about citizenship or
 * immigration lives here (see {@link ResidencyBasis} for the one protected fact a post may need).
 */
public class ParticipantDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull
    private Long postId;

    private Long cohortId;

    @NotBlank
    @Size(max = PERSON_NAME_MAX)
    private String givenName;

    @NotBlank
    @Size(max = PERSON_NAME_MAX)
    private String familyName;

    @Size(max = PERSON_NAME_MAX)
    private String preferredName;

    @NotNull
    @Past
    private LocalDate birthDate;

    @Min(0)
    @Max(16)
    private Integer highestGrade;

    @Size(max = SCHOOL_MAX)
    private String school;

    @NotBlank
    @Pattern(regexp = LANGUAGE_CODE_PATTERN)
    private String preferredLanguage = "en";

    private List<@Pattern(regexp = LANGUAGE_CODE_PATTERN) String> languages = new ArrayList<>();

    private List<@NotBlank @Size(max = INTEREST_MAX) @NoIdentityNumbers String> interests = new ArrayList<>();

    @Size(max = PHONE_MAX)
    @Pattern(regexp = PHONE_PATTERN)
    private String phone;

    @Email
    @Size(max = EMAIL_MAX)
    private String email;

    private Gender gender;

    @Size(max = SELF_DESCRIPTION_MAX)
    @NoIdentityNumbers
    private String genderSelfDescription;

    private boolean mediaPermission;

    @Size(max = GUARDIAN_NAME_MAX)
    private String emergencyContactName;

    @Size(max = PHONE_MAX)
    @Pattern(regexp = PHONE_PATTERN)
    private String emergencyContactPhone;

    /** Home ZIP code: asked and kept only where the post has an agency eligibility rule switched on. */
    @Pattern(regexp = "\\d{5}", message = "{explorer.validation.residenceZip}")
    private String residenceZip;

    @NotNull
    private ParticipantSource source = ParticipantSource.WALK_IN;

    @Valid
    private List<GuardianDraft> guardians = new ArrayList<>();

    @AssertTrue(message = "{explorer.validation.selfDescriptionWithoutChoice}")
    public boolean isSelfDescriptionConsistent() {
        return genderSelfDescription == null || genderSelfDescription.isBlank() || gender == Gender.SELF_DESCRIBED;
    }

    public Long getPostId() {
        return postId;
    }

    public void setPostId(Long postId) {
        this.postId = postId;
    }

    public String getResidenceZip() {
        return residenceZip;
    }

    public void setResidenceZip(String residenceZip) {
        this.residenceZip = residenceZip;
    }

    public Long getCohortId() {
        return cohortId;
    }

    public void setCohortId(Long cohortId) {
        this.cohortId = cohortId;
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

    public String getPreferredName() {
        return preferredName;
    }

    public void setPreferredName(String preferredName) {
        this.preferredName = preferredName;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(LocalDate birthDate) {
        this.birthDate = birthDate;
    }

    public Integer getHighestGrade() {
        return highestGrade;
    }

    public void setHighestGrade(Integer highestGrade) {
        this.highestGrade = highestGrade;
    }

    public String getSchool() {
        return school;
    }

    public void setSchool(String school) {
        this.school = school;
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

    public List<String> getInterests() {
        return interests;
    }

    public void setInterests(List<String> interests) {
        this.interests = interests == null ? new ArrayList<>() : new ArrayList<>(interests);
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

    public Gender getGender() {
        return gender;
    }

    public void setGender(Gender gender) {
        this.gender = gender;
    }

    public String getGenderSelfDescription() {
        return genderSelfDescription;
    }

    public void setGenderSelfDescription(String genderSelfDescription) {
        this.genderSelfDescription = genderSelfDescription;
    }

    public boolean isMediaPermission() {
        return mediaPermission;
    }

    public void setMediaPermission(boolean mediaPermission) {
        this.mediaPermission = mediaPermission;
    }

    public String getEmergencyContactName() {
        return emergencyContactName;
    }

    public void setEmergencyContactName(String emergencyContactName) {
        this.emergencyContactName = emergencyContactName;
    }

    public String getEmergencyContactPhone() {
        return emergencyContactPhone;
    }

    public void setEmergencyContactPhone(String emergencyContactPhone) {
        this.emergencyContactPhone = emergencyContactPhone;
    }

    public ParticipantSource getSource() {
        return source;
    }

    public void setSource(ParticipantSource source) {
        this.source = source;
    }

    public List<GuardianDraft> getGuardians() {
        return guardians;
    }

    public void setGuardians(List<GuardianDraft> guardians) {
        this.guardians = guardians == null ? new ArrayList<>() : new ArrayList<>(guardians);
    }
}
