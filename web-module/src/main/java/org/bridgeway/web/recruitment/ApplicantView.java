package org.bridgeway.web.recruitment;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.bridgeway.identity.api.AccountDirectory;
import org.bridgeway.identity.api.CurrentUser;
import org.bridgeway.identity.api.Permission;
import org.bridgeway.identity.api.Role;
import org.bridgeway.partners.api.PartnerDirectory;
import org.bridgeway.recruitment.api.ApplicantDetails;
import org.bridgeway.recruitment.api.ApplicantDraft;
import org.bridgeway.recruitment.api.ApplicantSource;
import org.bridgeway.recruitment.api.ApplicantState;
import org.bridgeway.recruitment.api.Applicants;
import org.bridgeway.recruitment.api.CreatedApplicant;
import org.bridgeway.recruitment.api.DuplicateCandidate;
import org.bridgeway.recruitment.api.Education;
import org.bridgeway.recruitment.api.NotSelectedReason;
import org.bridgeway.recruitment.api.Requirement;
import org.bridgeway.recruitment.api.StepOutcome;
import org.bridgeway.recruitment.api.TimelineEntry;
import org.bridgeway.shared.BusinessException;
import org.bridgeway.web.shell.Messages;

/**
 * recruitment/applicant.xhtml: a new applicant (no id) or one applicant (?id=N) — details, the current step with
 * its result, moves and exits, sworn-hiring requirements, partner sharing, likely duplicates and the timeline.
 * Holds the draft being edited and ids; everything else is read from the services per request.
 */
@Named
@ViewScoped
public class ApplicantView implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    private Applicants applicants;

    @Inject
    private PartnerDirectory partners;

    @Inject
    private AccountDirectory accounts;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Validator validator;

    @Inject
    private org.bridgeway.recruitment.api.SelfIdentification selfIdentification;

    private Long id;
    private long version;
    private ApplicantDraft draft = new ApplicantDraft();

    private StepOutcome outcome;
    private Integer score;
    private String note;
    private ApplicantState exitKind = ApplicantState.WITHDRAWN;
    private NotSelectedReason reason;
    private LocalDate recontactOn;
    private Requirement requirement = Requirement.EDUCATION;
    private Requirement.Status requirementStatus = Requirement.Status.YES;
    private String basis;
    private String shownBasis;

    private transient ApplicantDetails details;
    private transient List<TimelineEntry> timeline;
    private transient List<DuplicateCandidate> duplicates;
    private transient List<Map.Entry<Long, String>> partnerChoices;
    private transient List<AccountDirectory.Entry> recruiterChoices;

    public void load() {
        if (FacesContext.getCurrentInstance().isPostback() || id == null) {
            return;
        }
        var loaded = getDetails();
        version = loaded.version();
        draft = loaded.draft();
    }

    public ApplicantDetails getDetails() {
        if (details == null && id != null) {
            details = applicants.get(id);
        }
        return details;
    }

    public List<TimelineEntry> getTimeline() {
        if (timeline == null && id != null) {
            timeline = applicants.timeline(id);
        }
        return timeline;
    }

    public List<DuplicateCandidate> getDuplicates() {
        if (duplicates == null && id != null) {
            duplicates = applicants.duplicatesOf(id);
        }
        return duplicates;
    }

    public void save() throws IOException {
        // Cross-field rules (a partner for a partner referral, some way to reach the person) before the service.
        var violations = validator.validate(draft);
        if (!violations.isEmpty()) {
            violations.forEach(v -> Messages.errorText(v.getMessage()));
            return;
        }
        try {
            if (id == null) {
                CreatedApplicant created = applicants.create(draft);
                Messages.info("recruitment.applicant.created", draft.getGivenName());
                if (!created.possibleDuplicates().isEmpty()) {
                    Messages.warn("recruitment.duplicates.warning", created.possibleDuplicates().size());
                }
                reopen(created.id());
                return;
            }
            applicants.update(id, version, draft);
            Messages.info("recruitment.applicant.saved", draft.getGivenName());
        } catch (BusinessException e) {
            Messages.error(e);
            return;
        }
        reopen(id);
    }

    public void recordResult() throws IOException {
        act(() -> applicants.recordResult(id, outcome, score, note), "recruitment.result.recorded");
    }

    public void advance() throws IOException {
        try {
            var result = applicants.advance(List.of(id), null, note);
            if (!result.refused().isEmpty()) {
                var refusal = result.refused().get(0);
                Messages.error(new BusinessException(refusal.messageKey(), refusal.arguments().toArray()));
                return;
            }
            Messages.info("recruitment.advanced");
        } catch (BusinessException e) {
            Messages.error(e);
            return;
        }
        reopen(id);
    }

    public void exit() throws IOException {
        try {
            var result = applicants.exit(List.of(id), exitKind, reason, recontactOn, note);
            if (!result.refused().isEmpty()) {
                var refusal = result.refused().get(0);
                Messages.error(new BusinessException(refusal.messageKey(), refusal.arguments().toArray()));
                return;
            }
            Messages.info("recruitment.exited");
        } catch (BusinessException e) {
            Messages.error(e);
            return;
        }
        reopen(id);
    }

    public void resume() throws IOException {
        act(() -> applicants.resume(id, note), "recruitment.resumed");
    }

    public void saveRequirement() throws IOException {
        act(() -> applicants.setRequirement(id, requirement, requirementStatus, basis), "recruitment.requirement.saved");
    }

    /** An audited read of a protected basis (recruitment:sensitive); shown on this page only. */
    public void showBasis(Requirement which) {
        try {
            shownBasis = applicants.readRequirementBasis(id, which).orElse("");
        } catch (BusinessException e) {
            Messages.error(e);
        }
    }

    /** E-mails the applicant a single-use link to answer the voluntary questions themselves. */
    public void sendSelfIdentificationLink() throws IOException {
        act(() -> selfIdentification.sendLink(id), "recruitment.selfId.sent");
    }

    public void setSharing(boolean sharing) throws IOException {
        act(() -> applicants.setPartnerSharing(id, sharing), sharing ? "recruitment.sharing.on" : "recruitment.sharing.off");
    }

    private void act(Runnable change, String doneKey) throws IOException {
        try {
            change.run();
            Messages.info(doneKey);
        } catch (BusinessException e) {
            Messages.error(e);
            return;
        }
        reopen(id);
    }

    private static void reopen(long applicantId) throws IOException {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        external.getFlash().setKeepMessages(true);
        external.redirect(external.getRequestContextPath() + "/recruitment/applicant.xhtml?id=" + applicantId);
    }

    public boolean isNew() {
        return id == null;
    }

    public boolean isSensitiveReader() {
        return currentUser.isPermitted(Permission.RECRUITMENT_SENSITIVE);
    }

    public boolean isWriter() {
        return currentUser.isPermitted(Permission.RECRUITMENT_WRITE);
    }

    /** Results at background, polygraph, psychological and medical steps are recorded by investigators. */
    public boolean isMayRecordResult() {
        var step = getDetails().currentStep();
        return step.kind().hasRestrictedNotes() ? isSensitiveReader() : isWriter();
    }

    public List<Map.Entry<Long, String>> getPartners() {
        if (partnerChoices == null) {
            partnerChoices = partners.activePartners();
        }
        return partnerChoices;
    }

    public List<AccountDirectory.Entry> getRecruiters() {
        if (recruiterChoices == null) {
            recruiterChoices = accounts.enabledWithRole(Role.RECRUITER);
        }
        return recruiterChoices;
    }

    public List<ApplicantSource> getSources() {
        return Arrays.stream(ApplicantSource.values()).filter(s -> s != ApplicantSource.EXPLORER
                || draft.getSource() == ApplicantSource.EXPLORER).toList();
    }

    public Education[] getEducations() {
        return Education.values();
    }

    public StepOutcome[] getOutcomes() {
        return StepOutcome.values();
    }

    public List<ApplicantState> getExitKinds() {
        return List.of(ApplicantState.WITHDRAWN, ApplicantState.NOT_SELECTED, ApplicantState.DEFERRED);
    }

    public NotSelectedReason[] getReasons() {
        return NotSelectedReason.values();
    }

    public Requirement[] getRequirements() {
        return Requirement.values();
    }

    public Requirement.Status[] getRequirementStatuses() {
        return Requirement.Status.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ApplicantDraft getDraft() {
        return draft;
    }

    public StepOutcome getOutcome() {
        return outcome;
    }

    public void setOutcome(StepOutcome outcome) {
        this.outcome = outcome;
    }

    public Integer getScore() {
        return score;
    }

    public void setScore(Integer score) {
        this.score = score;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public ApplicantState getExitKind() {
        return exitKind;
    }

    public void setExitKind(ApplicantState exitKind) {
        this.exitKind = exitKind;
    }

    public NotSelectedReason getReason() {
        return reason;
    }

    public void setReason(NotSelectedReason reason) {
        this.reason = reason;
    }

    public LocalDate getRecontactOn() {
        return recontactOn;
    }

    public void setRecontactOn(LocalDate recontactOn) {
        this.recontactOn = recontactOn;
    }

    public Requirement getRequirement() {
        return requirement;
    }

    public void setRequirement(Requirement requirement) {
        this.requirement = requirement;
    }

    public Requirement.Status getRequirementStatus() {
        return requirementStatus;
    }

    public void setRequirementStatus(Requirement.Status requirementStatus) {
        this.requirementStatus = requirementStatus;
    }

    public String getBasis() {
        return basis;
    }

    public void setBasis(String basis) {
        this.basis = basis;
    }

    public String getShownBasis() {
        return shownBasis;
    }
}
