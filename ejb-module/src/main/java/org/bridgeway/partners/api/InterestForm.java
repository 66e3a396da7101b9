package org.bridgeway.partners.api;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import org.bridgeway.shared.freetext.NoIdentityNumbers;
import org.bridgeway.shared.freetext.NoMarkup;

/**
 * A public interest form (youth or adult), as typed by a visitor. It asks nothing about immigration status or
 * birthplace. Youth give a birth date and, under 18, a guardian's contact; adults say what interests them.
 */
public class InterestForm implements Serializable {

    private static final long serialVersionUID = 1L;

    public enum Kind {
        YOUTH, ADULT
    }

    /** What an adult is interested in: careers become recruitment applicants; the others stay community leads. */
    public enum Interest {
        CAREERS, ACADEMY, VOLUNTEER
    }

    @NotNull
    private Kind kind = Kind.YOUTH;

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

    @Size(max = 30)
    @Pattern(regexp = "[+0-9 ()./-]*")
    private String phone;

    @Past
    private LocalDate birthDate;

    @Pattern(regexp = "[a-z]{2,3}")
    private String language = "en";

    private Long postId;

    private Interest interest;

    @Size(max = 120)
    @NoMarkup
    private String guardianName;

    @Size(max = 30)
    @Pattern(regexp = "[+0-9 ()./-]*")
    private String guardianPhone;

    @Email
    @Size(max = 254)
    private String guardianEmail;

    @Size(max = 500)
    @NoMarkup
    @NoIdentityNumbers
    private String message;

    @AssertTrue(message = "{public.form.contact}")
    public boolean isReachable() {
        return !blank(email) || !blank(phone);
    }

    @AssertTrue(message = "{public.form.birthDate}")
    public boolean isBirthDateGivenForYouth() {
        return kind != Kind.YOUTH || birthDate != null;
    }

    /** Under 18: a guardian's name and a way to reach them. */
    @AssertTrue(message = "{public.form.guardian}")
    public boolean isGuardianGivenForMinors() {
        if (kind != Kind.YOUTH || birthDate == null || !birthDate.plusYears(18).isAfter(LocalDate.now())) {
            return true;
        }
        return !blank(guardianName) && (!blank(guardianPhone) || !blank(guardianEmail));
    }

    @AssertTrue(message = "{public.form.interest}")
    public boolean isInterestGivenForAdults() {
        return kind != Kind.ADULT || interest != null;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    public Kind getKind() {
        return kind;
    }

    public void setKind(Kind kind) {
        this.kind = kind;
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

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public Long getPostId() {
        return postId;
    }

    public void setPostId(Long postId) {
        this.postId = postId;
    }

    public Interest getInterest() {
        return interest;
    }

    public void setInterest(Interest interest) {
        this.interest = interest;
    }

    public String getGuardianName() {
        return guardianName;
    }

    public void setGuardianName(String guardianName) {
        this.guardianName = guardianName;
    }

    public String getGuardianPhone() {
        return guardianPhone;
    }

    public void setGuardianPhone(String guardianPhone) {
        this.guardianPhone = guardianPhone;
    }

    public String getGuardianEmail() {
        return guardianEmail;
    }

    public void setGuardianEmail(String guardianEmail) {
        this.guardianEmail = guardianEmail;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }
}
