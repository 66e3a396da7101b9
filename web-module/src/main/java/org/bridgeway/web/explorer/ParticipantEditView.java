package org.bridgeway.web.explorer;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.bridgeway.explorer.api.AgencyRuleDecision;
import org.bridgeway.explorer.api.CohortSummary;
import org.bridgeway.explorer.api.ConsentKind;
import org.bridgeway.explorer.api.ConsentRecord;
import org.bridgeway.explorer.api.ExplorerPosts;
import org.bridgeway.explorer.api.Gender;
import org.bridgeway.explorer.api.GuardianDraft;
import org.bridgeway.explorer.api.ParticipantDetails;
import org.bridgeway.explorer.api.ParticipantDraft;
import org.bridgeway.explorer.api.ParticipantSource;
import org.bridgeway.explorer.api.ParticipantStatus;
import org.bridgeway.explorer.api.Participants;
import org.bridgeway.explorer.api.PostSummary;
import org.bridgeway.explorer.api.ResidencyBasis;
import org.bridgeway.explorer.api.ResidencyRecord;
import org.bridgeway.explorer.api.StatusChange;
import org.bridgeway.shared.BusinessException;
import org.bridgeway.web.shell.Messages;

/**
 * explorer/participant.xhtml: enrol (no id) or work with one participant (?id=N): details and guardians,
 * lifecycle, consent, the YOUTH account link and — only where the post needs one — the residency record.
 * Holds the draft being edited and ids; everything else is read from the services per request.
 */
@Named
@ViewScoped
public class ParticipantEditView implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** Empty guardian rows offered on the form; rows left blank are ignored. */
    private static final int GUARDIAN_ROWS = 2;

    @Inject
    private Participants participants;

    @Inject
    private ExplorerPosts posts;

    @Inject
    private Validator validator;

    @Inject
    private org.bridgeway.recruitment.api.Applicants applicants;

    private Long id;
    private long version;
    private ParticipantStatus status;
    private String statusReason;
    private boolean minor;
    private boolean referralConsent;
    private String linkedUsername;
    private List<AgencyRuleDecision> agencyRules = List.of();
    private boolean residenceAreaAsked;
    private ParticipantDraft draft = new ParticipantDraft();

    // consent form
    private ConsentKind consentKind = ConsentKind.PARTICIPATION;
    private Long consentGuardianId;
    private String consentLanguage = "en";
    private LocalDate consentSignedOn = LocalDate.now();
    private LocalDate consentExpiresOn;

    private String reinstateReason;
    private LocalDate leaveFrom;
    private LocalDate leaveUntil;
    private String youthUsername;
    private ResidencyBasis residencyBasis;
    private ResidencyBasis shownBasis;

    public void load() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        if (id != null) {
            refresh();
        } else {
            List<PostSummary> mine = posts.listPosts();
            if (mine.size() == 1) {
                draft.setPostId(mine.get(0).id());
            }
        }
        postChosen();
        padGuardians();
    }

    private void refresh() {
        ParticipantDetails details = participants.getParticipant(id);
        version = details.version();
        status = details.status();
        statusReason = details.statusReason();
        minor = details.minor();
        linkedUsername = details.linkedUsername();
        agencyRules = details.agencyRules();
        draft = details.draft();
        consentLanguage = draft.getGuardians().isEmpty() ? draft.getPreferredLanguage()
                : draft.getGuardians().get(0).getPreferredLanguage();
        consentGuardianId = minor && !draft.getGuardians().isEmpty() ? draft.getGuardians().get(0).getId() : null;
        padGuardians();
    }

    private void padGuardians() {
        List<GuardianDraft> rows = new ArrayList<>(draft.getGuardians());
        while (rows.size() < GUARDIAN_ROWS) {
            rows.add(new GuardianDraft());
        }
        draft.setGuardians(rows);
    }

    public void save() throws IOException {
        List<GuardianDraft> filled = draft.getGuardians().stream().filter(g -> !blank(g)).toList();
        boolean guardiansValid = true;
        for (int i = 0; i < draft.getGuardians().size(); i++) {
            GuardianDraft g = draft.getGuardians().get(i);
            if (blank(g)) {
                continue;
            }
            for (var violation : validator.validate(g)) {
                guardiansValid = false;
                String field = violation.getPropertyPath().toString();
                Messages.errorOn(null, "explorer.guardian.invalid", i + 1, Messages.text("explorer.guardian." + field),
                        violation.getMessage());
            }
        }
        if (!guardiansValid) {
            return;
        }
        List<GuardianDraft> all = draft.getGuardians();
        draft.setGuardians(filled);
        try {
            if (id == null) {
                id = participants.enroll(draft);
                Messages.info("explorer.participant.enrolled", draft.getGivenName());
            } else {
                participants.updateParticipant(id, version, draft);
                Messages.info("explorer.participant.saved", draft.getGivenName());
            }
        } catch (BusinessException e) {
            draft.setGuardians(all);
            Messages.error(e);
            return;
        }
        reopen();
    }

    private static boolean blank(GuardianDraft g) {
        return isBlank(g.getName()) && isBlank(g.getPhone()) && isBlank(g.getEmail()) && isBlank(g.getRelationship());
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    /** Redirects to this participant's page (post-redirect-get), keeping the message. */
    private void reopen() throws IOException {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        external.getFlash().setKeepMessages(true);
        external.redirect(external.getRequestContextPath() + "/explorer/participant.xhtml?id=" + id);
    }

    public void recordConsent() throws IOException {
        try {
            participants.recordConsent(id, consentKind, minor ? consentGuardianId : null, consentLanguage,
                    consentSignedOn, consentExpiresOn);
            Messages.info("explorer.consent.recorded");
        } catch (BusinessException e) {
            Messages.error(e);
            return;
        }
        reopen();
    }

    public void activate() throws IOException {
        try {
            participants.activate(id);
            Messages.info("explorer.participant.activated", draft.getGivenName());
        } catch (BusinessException e) {
            Messages.error(e);
            return;
        }
        reopen();
    }

    public void reinstate() throws IOException {
        try {
            participants.reinstate(id, reinstateReason == null ? "" : reinstateReason);
            Messages.info("explorer.participant.reinstated", draft.getGivenName());
        } catch (BusinessException e) {
            Messages.error(e);
            return;
        }
        reopen();
    }

    public void recordLeave() throws IOException {
        if (leaveFrom == null || leaveUntil == null) {
            Messages.error("explorer.date.required");
            return;
        }
        try {
            participants.recordLeave(id, leaveFrom, leaveUntil);
            Messages.info("explorer.leave.recorded", leaveFrom.toString(), leaveUntil.toString());
        } catch (BusinessException e) {
            Messages.error(e);
            return;
        }
        reopen();
    }

    public boolean isMember() {
        return status != null && status.isMember();
    }

    public LocalDate getLeaveFrom() {
        return leaveFrom;
    }

    public void setLeaveFrom(LocalDate leaveFrom) {
        this.leaveFrom = leaveFrom;
    }

    public LocalDate getLeaveUntil() {
        return leaveUntil;
    }

    public void setLeaveUntil(LocalDate leaveUntil) {
        this.leaveUntil = leaveUntil;
    }

    public void linkAccount() throws IOException {
        try {
            participants.linkYouthAccount(id, youthUsername == null ? "" : youthUsername);
            Messages.info("explorer.participant.accountLinked", youthUsername);
        } catch (BusinessException e) {
            Messages.error(e);
            return;
        }
        reopen();
    }

    public void recordResidency() throws IOException {
        try {
            participants.recordResidencyBasis(id, residencyBasis);
            Messages.info("explorer.residency.recorded");
        } catch (BusinessException e) {
            Messages.error(e);
            return;
        }
        reopen();
    }

    /** An explicit, audited read: the basis is shown only after the coordinator asks for it. */
    public void showResidency() {
        try {
            shownBasis = participants.readResidencyBasis(id).orElse(null);
        } catch (BusinessException e) {
            Messages.error(e);
        }
    }

    public void verifyResidency() throws IOException {
        try {
            participants.verifyResidency(id);
            Messages.info("explorer.residency.verified");
        } catch (BusinessException e) {
            Messages.error(e);
            return;
        }
        reopen();
    }

    public void postChanged() {
        draft.setCohortId(null);
        postChosen();
    }

    /** The home ZIP code is asked only where the chosen post has an agency eligibility rule switched on. */
    private void postChosen() {
        residenceAreaAsked = draft.getPostId() != null && participants.asksResidenceArea(draft.getPostId());
    }

    /** Decides eligibility again (after the agency's rules or the participant's details changed). */
    public void reassess() throws IOException {
        try {
            participants.reassessEligibility(id);
            Messages.info("explorer.participant.reassessed", draft.getGivenName());
        } catch (BusinessException e) {
            Messages.error(e);
            return;
        }
        reopen();
    }

    public boolean isReassessable() {
        return status == ParticipantStatus.INELIGIBLE || status == ParticipantStatus.AWAITING_CONSENT;
    }

    public boolean isResidenceAreaAsked() {
        return residenceAreaAsked;
    }

    public List<AgencyRuleDecision> getAgencyRules() {
        return agencyRules;
    }

    /** An agency rule's own reason in the viewer's language (English when the rule gave none in it). */
    public String agencyRuleReason(AgencyRuleDecision decision) {
        return decision.reasonIn(FacesContext.getCurrentInstance().getViewRoot().getLocale().getLanguage());
    }

    // ---- read per request -------------------------------------------------------------------------------

    public List<PostSummary> getPosts() {
        return posts.listPosts();
    }

    public List<CohortSummary> getCohorts() {
        return draft.getPostId() == null ? List.of() : posts.listCohorts(draft.getPostId());
    }

    public List<StatusChange> getHistory() {
        return id == null ? List.of() : participants.history(id);
    }

    public List<ConsentRecord> getConsents() {
        return id == null ? List.of() : participants.consents(id);
    }

    public ResidencyRecord getResidency() {
        return id == null ? null : participants.residencyRecord(id);
    }

    public List<GuardianDraft> getSavedGuardians() {
        return draft.getGuardians().stream().filter(g -> g.getId() != null && g.isMayConsent()).toList();
    }

    public Gender[] getGenders() {
        return Gender.values();
    }

    public ParticipantSource[] getSources() {
        return ParticipantSource.values();
    }

    public ConsentKind[] getConsentKinds() {
        return ConsentKind.values();
    }

    public ResidencyBasis[] getResidencyBases() {
        return ResidencyBasis.values();
    }

    public boolean isNew() {
        return id == null;
    }

    public boolean isAwaitingConsent() {
        return status == ParticipantStatus.AWAITING_CONSENT;
    }

    public boolean isInactive() {
        return status == ParticipantStatus.INACTIVE;
    }

    // ---- properties ---------------------------------------------------------------------------------------

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ParticipantDraft getDraft() {
        return draft;
    }

    public ParticipantStatus getStatus() {
        return status;
    }

    public String getStatusReason() {
        return statusReason;
    }

    /** Members and alumni aged 18 or over may be referred to the hiring pipeline. */
    public boolean isReferable() {
        return status != null && !minor && (status.isMember() || status == ParticipantStatus.ALUMNI);
    }

    public boolean isReferralConsent() {
        return referralConsent;
    }

    public void setReferralConsent(boolean referralConsent) {
        this.referralConsent = referralConsent;
    }

    /** "Refer to recruitment": an applicant linked to this person, with their own consent. */
    public void referToRecruitment() throws IOException {
        try {
            applicants.referFromExplorer(id, referralConsent);
            Messages.info("explorer.referral.done", draft.getGivenName());
        } catch (BusinessException e) {
            Messages.error(e);
            return;
        }
        reopen();
    }

    public boolean isMinor() {
        return minor;
    }

    public String getLinkedUsername() {
        return linkedUsername;
    }

    public ConsentKind getConsentKind() {
        return consentKind;
    }

    public void setConsentKind(ConsentKind consentKind) {
        this.consentKind = consentKind;
    }

    public Long getConsentGuardianId() {
        return consentGuardianId;
    }

    public void setConsentGuardianId(Long consentGuardianId) {
        this.consentGuardianId = consentGuardianId;
    }

    public String getConsentLanguage() {
        return consentLanguage;
    }

    public void setConsentLanguage(String consentLanguage) {
        this.consentLanguage = consentLanguage;
    }

    public LocalDate getConsentSignedOn() {
        return consentSignedOn;
    }

    public void setConsentSignedOn(LocalDate consentSignedOn) {
        this.consentSignedOn = consentSignedOn;
    }

    public LocalDate getConsentExpiresOn() {
        return consentExpiresOn;
    }

    public void setConsentExpiresOn(LocalDate consentExpiresOn) {
        this.consentExpiresOn = consentExpiresOn;
    }

    public String getReinstateReason() {
        return reinstateReason;
    }

    public void setReinstateReason(String reinstateReason) {
        this.reinstateReason = reinstateReason;
    }

    public String getYouthUsername() {
        return youthUsername;
    }

    public void setYouthUsername(String youthUsername) {
        this.youthUsername = youthUsername;
    }

    public ResidencyBasis getResidencyBasis() {
        return residencyBasis;
    }

    public void setResidencyBasis(ResidencyBasis residencyBasis) {
        this.residencyBasis = residencyBasis;
    }

    public ResidencyBasis getShownBasis() {
        return shownBasis;
    }
}
