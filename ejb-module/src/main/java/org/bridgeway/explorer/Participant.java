package org.bridgeway.explorer;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bridgeway.explorer.api.Gender;
import org.bridgeway.explorer.api.GuardianDraft;
import org.bridgeway.explorer.api.ParticipantDraft;
import org.bridgeway.explorer.api.ParticipantSource;
import org.bridgeway.explorer.api.ParticipantStatus;
import org.bridgeway.shared.Strings;

/** A young person in the program. Status changes go through ParticipantLifecycle and are kept as history. */
@Entity
@Table(name = "explorer_participant")
public class Participant {

    public static final String OWNER_TYPE = "explorer-participant";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "post_id", nullable = false)
    private long postId;

    @Column(name = "cohort_id")
    private Long cohortId;

    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "given_name", nullable = false)
    private String givenName;

    @Column(name = "family_name", nullable = false)
    private String familyName;

    @Column(name = "preferred_name")
    private String preferredName;

    @Column(name = "birth_date", nullable = false)
    private LocalDate birthDate;

    @Column(name = "highest_grade")
    private Integer highestGrade;

    private String school;

    @Column(name = "preferred_language", nullable = false)
    private String preferredLanguage;

    @ElementCollection
    @CollectionTable(name = "explorer_participant_language", joinColumns = @JoinColumn(name = "participant_id"))
    @Column(name = "language", nullable = false)
    @OrderColumn(name = "position")
    private List<String> languages = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "explorer_participant_interest", joinColumns = @JoinColumn(name = "participant_id"))
    @Column(name = "interest", nullable = false)
    @OrderColumn(name = "position")
    private List<String> interests = new ArrayList<>();

    private String phone;

    private String email;

    @Enumerated(EnumType.STRING)
    private Gender gender;

    @Column(name = "gender_self_description")
    private String genderSelfDescription;

    @Column(name = "media_permission", nullable = false)
    private boolean mediaPermission;

    @Column(name = "emergency_contact_name")
    private String emergencyContactName;

    @Column(name = "emergency_contact_phone")
    private String emergencyContactPhone;

    @Column(name = "residence_zip")
    private String residenceZip;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ParticipantSource source;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ParticipantStatus status;

    @Column(name = "status_reason")
    private String statusReason;

    @Column(name = "status_changed_at", nullable = false)
    private Instant statusChangedAt;

    @Column(name = "member_since")
    private LocalDate memberSince;

    @OneToMany(mappedBy = "participant", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Guardian> guardians = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Participant() {
    }

    Participant(ParticipantDraft draft, Instant now) {
        createdAt = now;
        status = ParticipantStatus.APPLICANT;
        statusChangedAt = now;
        source = draft.getSource();
        apply(draft, now);
    }

    /** Copies the form; guardians are matched by id so consents signed by a kept guardian stay attached. */
    final void apply(ParticipantDraft draft, Instant now) {
        postId = draft.getPostId();
        cohortId = draft.getCohortId();
        givenName = draft.getGivenName().strip();
        familyName = draft.getFamilyName().strip();
        preferredName = Strings.blankToNull(draft.getPreferredName());
        birthDate = draft.getBirthDate();
        highestGrade = draft.getHighestGrade();
        school = Strings.blankToNull(draft.getSchool());
        preferredLanguage = draft.getPreferredLanguage();
        languages = new ArrayList<>(Text.cleanList(draft.getLanguages()));
        interests = new ArrayList<>(Text.cleanList(draft.getInterests()));
        phone = Strings.blankToNull(draft.getPhone());
        email = Strings.blankToNull(draft.getEmail());
        gender = draft.getGender();
        genderSelfDescription = gender == Gender.SELF_DESCRIBED ? Strings.blankToNull(draft.getGenderSelfDescription())
                : null;
        mediaPermission = draft.isMediaPermission();
        emergencyContactName = Strings.blankToNull(draft.getEmergencyContactName());
        emergencyContactPhone = Strings.blankToNull(draft.getEmergencyContactPhone());
        residenceZip = Strings.blankToNull(draft.getResidenceZip());
        if (draft.getSource() != null) {
            source = draft.getSource();
        }
        Map<Long, Guardian> existing = new HashMap<>();
        guardians.forEach(g -> existing.put(g.getId(), g));
        List<Guardian> kept = new ArrayList<>();
        int position = 0;
        for (GuardianDraft g : draft.getGuardians()) {
            Guardian guardian = g.getId() == null ? null : existing.get(g.getId());
            if (guardian == null) {
                guardian = new Guardian(this);
            }
            guardian.apply(g, position++);
            kept.add(guardian);
        }
        guardians.retainAll(kept);
        kept.stream().filter(g -> !guardians.contains(g)).forEach(guardians::add);
        updatedAt = now;
    }

    ParticipantDraft toDraft() {
        var draft = new ParticipantDraft();
        draft.setPostId(postId);
        draft.setCohortId(cohortId);
        draft.setGivenName(givenName);
        draft.setFamilyName(familyName);
        draft.setPreferredName(preferredName);
        draft.setBirthDate(birthDate);
        draft.setHighestGrade(highestGrade);
        draft.setSchool(school);
        draft.setPreferredLanguage(preferredLanguage);
        draft.setLanguages(languages);
        draft.setInterests(interests);
        draft.setPhone(phone);
        draft.setEmail(email);
        draft.setGender(gender);
        draft.setGenderSelfDescription(genderSelfDescription);
        draft.setMediaPermission(mediaPermission);
        draft.setEmergencyContactName(emergencyContactName);
        draft.setEmergencyContactPhone(emergencyContactPhone);
        draft.setResidenceZip(residenceZip);
        draft.setSource(source);
        draft.setGuardians(guardians.stream().map(Guardian::toDraft).toList());
        return draft;
    }

    void changeStatus(ParticipantStatus to, String reason, Instant now) {
        status = to;
        statusReason = reason;
        statusChangedAt = now;
        updatedAt = now;
    }

    int ageOn(LocalDate day) {
        return Period.between(birthDate, day).getYears();
    }

    boolean isMinorOn(LocalDate day) {
        return ageOn(day) < 18;
    }

    String displayName() {
        return (preferredName != null ? preferredName : givenName) + " " + familyName;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    long getPostId() {
        return postId;
    }

    Long getCohortId() {
        return cohortId;
    }

    Long getAccountId() {
        return accountId;
    }

    void linkAccount(Long accountId) {
        this.accountId = accountId;
    }

    LocalDate getBirthDate() {
        return birthDate;
    }

    Integer getHighestGrade() {
        return highestGrade;
    }

    String getPreferredName() {
        return preferredName != null ? preferredName : givenName;
    }

    String getEmail() {
        return email;
    }

    ParticipantStatus getStatus() {
        return status;
    }

    String getResidenceZip() {
        return residenceZip;
    }

    /** Forgets the home ZIP code where no agency rule of the post needs it (collect the minimum). */
    void forgetResidenceZip() {
        residenceZip = null;
    }

    String getStatusReason() {
        return statusReason;
    }

    void setMemberSince(LocalDate memberSince) {
        this.memberSince = memberSince;
    }

    List<Guardian> getGuardians() {
        return guardians;
    }
}
