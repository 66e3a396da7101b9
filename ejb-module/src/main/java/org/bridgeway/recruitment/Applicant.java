package org.bridgeway.recruitment;

import static org.bridgeway.shared.Strings.blankToNull;

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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.bridgeway.recruitment.api.ApplicantDraft;
import org.bridgeway.recruitment.api.ApplicantSource;
import org.bridgeway.recruitment.api.ApplicantState;
import org.bridgeway.recruitment.api.Education;
import org.bridgeway.recruitment.api.NotSelectedReason;

/** A person in the hiring pipeline: contact, languages, source, and where they stand in their template. */
@Entity
@Table(name = "applicant")
public class Applicant {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "given_name", nullable = false)
    private String givenName;

    @Column(name = "family_name", nullable = false)
    private String familyName;

    private String email;

    private String phone;

    @Column(name = "birth_date")
    private LocalDate birthDate;

    @Enumerated(EnumType.STRING)
    private Education education;

    @Column(name = "email_key")
    private String emailKey;

    @Column(name = "phone_key")
    private String phoneKey;

    @Column(name = "preferred_language", nullable = false)
    private String preferredLanguage;

    @ElementCollection
    @CollectionTable(name = "applicant_language", joinColumns = @JoinColumn(name = "applicant_id"))
    @Column(name = "language", nullable = false)
    @OrderColumn(name = "position")
    private List<String> languages = new ArrayList<>();

    @Column(name = "interpreter_needed", nullable = false)
    private boolean interpreterNeeded;

    @Column(name = "heard_how")
    private String heardHow;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ApplicantSource source;

    @Column(name = "source_partner_id")
    private Long sourcePartnerId;

    @Column(name = "source_event")
    private String sourceEvent;

    @Column(name = "referring_officer")
    private String referringOfficer;

    @Column(name = "recruiter_account_id")
    private Long recruiterAccountId;

    @Column(name = "explorer_participant_id")
    private Long explorerParticipantId;

    @Column(name = "explorer_consent_at")
    private Instant explorerConsentAt;

    @Column(name = "template_id", nullable = false)
    private long templateId;

    @Column(name = "current_step_id", nullable = false)
    private long currentStepId;

    @Column(name = "step_entered_at", nullable = false)
    private Instant stepEnteredAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ApplicantState state;

    @Enumerated(EnumType.STRING)
    @Column(name = "not_selected_reason")
    private NotSelectedReason notSelectedReason;

    @Column(name = "recontact_on")
    private LocalDate recontactOn;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "merged_into_id")
    private Long mergedIntoId;

    @Column(name = "partner_sharing_since")
    private Instant partnerSharingSince;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Applicant() {
    }

    Applicant(ApplicantDraft draft, long templateId, long firstStepId, String createdBy, Instant now) {
        this.templateId = templateId;
        this.currentStepId = firstStepId;
        this.stepEnteredAt = now;
        this.state = ApplicantState.ACTIVE;
        this.createdBy = createdBy;
        this.createdAt = now;
        apply(draft, now);
    }

    final void apply(ApplicantDraft draft, Instant now) {
        givenName = draft.getGivenName().strip();
        familyName = draft.getFamilyName().strip();
        email = blankToNull(draft.getEmail());
        phone = blankToNull(draft.getPhone());
        emailKey = DuplicateKeys.email(email);
        phoneKey = DuplicateKeys.phone(phone);
        birthDate = draft.getBirthDate();
        education = draft.getEducation();
        preferredLanguage = draft.getPreferredLanguage();
        // The preferred language is one of the languages spoken: the board's language filter relies on it.
        java.util.LinkedHashSet<String> spoken = new java.util.LinkedHashSet<>();
        spoken.add(preferredLanguage);
        spoken.addAll(draft.getLanguages());
        languages = new ArrayList<>(spoken);
        interpreterNeeded = draft.isInterpreterNeeded();
        heardHow = blankToNull(draft.getHeardHow());
        source = draft.getSource();
        sourcePartnerId = source == ApplicantSource.PARTNER ? draft.getSourcePartnerId() : null;
        sourceEvent = source == ApplicantSource.OUTREACH_EVENT ? blankToNull(draft.getSourceEvent()) : null;
        referringOfficer = source == ApplicantSource.OFFICER_REFERRAL ? blankToNull(draft.getReferringOfficer()) : null;
        recruiterAccountId = draft.getRecruiterAccountId();
        updatedAt = now;
    }

    ApplicantDraft toDraft() {
        var draft = new ApplicantDraft();
        draft.setGivenName(givenName);
        draft.setFamilyName(familyName);
        draft.setEmail(email);
        draft.setPhone(phone);
        draft.setBirthDate(birthDate);
        draft.setEducation(education);
        draft.setPreferredLanguage(preferredLanguage);
        draft.setLanguages(languages);
        draft.setInterpreterNeeded(interpreterNeeded);
        draft.setHeardHow(heardHow);
        draft.setSource(source);
        draft.setSourcePartnerId(sourcePartnerId);
        draft.setSourceEvent(sourceEvent);
        draft.setReferringOfficer(referringOfficer);
        draft.setRecruiterAccountId(recruiterAccountId);
        return draft;
    }

    void moveTo(long stepId, ApplicantState newState, Instant now) {
        currentStepId = stepId;
        stepEnteredAt = now;
        changeState(newState, now);
    }

    void changeState(ApplicantState newState, Instant now) {
        state = newState;
        closedAt = newState.isOpen() ? null : now;
        if (newState != ApplicantState.NOT_SELECTED) {
            notSelectedReason = null;
        }
        if (newState != ApplicantState.DEFERRED) {
            recontactOn = null;
        }
        updatedAt = now;
    }

    void exit(ApplicantState exit, NotSelectedReason reason, LocalDate recontact, Instant now) {
        changeState(exit, now);
        notSelectedReason = exit == ApplicantState.NOT_SELECTED ? reason : null;
        recontactOn = exit == ApplicantState.DEFERRED ? recontact : null;
    }

    void mergeInto(long keptId, Instant now) {
        mergedIntoId = keptId;
        changeState(ApplicantState.MERGED, now);
    }

    void linkExplorer(long participantId, Instant consentAt) {
        explorerParticipantId = participantId;
        explorerConsentAt = consentAt;
    }

    void setPartnerSharing(boolean sharing, Instant now) {
        partnerSharingSince = sharing ? now : null;
        updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getGivenName() {
        return givenName;
    }

    public String getFamilyName() {
        return familyName;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public Education getEducation() {
        return education;
    }

    public String getEmailKey() {
        return emailKey;
    }

    public String getPhoneKey() {
        return phoneKey;
    }

    public String getPreferredLanguage() {
        return preferredLanguage;
    }

    public ApplicantSource getSource() {
        return source;
    }

    public Long getSourcePartnerId() {
        return sourcePartnerId;
    }

    public Long getRecruiterAccountId() {
        return recruiterAccountId;
    }

    public Long getExplorerParticipantId() {
        return explorerParticipantId;
    }

    public long getTemplateId() {
        return templateId;
    }

    public long getCurrentStepId() {
        return currentStepId;
    }

    public Instant getStepEnteredAt() {
        return stepEnteredAt;
    }

    public ApplicantState getState() {
        return state;
    }

    public NotSelectedReason getNotSelectedReason() {
        return notSelectedReason;
    }

    public LocalDate getRecontactOn() {
        return recontactOn;
    }

    public Long getMergedIntoId() {
        return mergedIntoId;
    }

    public Instant getPartnerSharingSince() {
        return partnerSharingSince;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
