package org.bridgeway.web.recruitment;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bridgeway.identity.api.AccountDirectory;
import org.bridgeway.identity.api.Role;
import org.bridgeway.partners.api.PartnerDirectory;
import org.bridgeway.recruitment.api.ApplicantBoard;
import org.bridgeway.recruitment.api.ApplicantState;
import org.bridgeway.recruitment.api.Applicants;
import org.bridgeway.recruitment.api.BoardCard;
import org.bridgeway.recruitment.api.BoardFilter;
import org.bridgeway.recruitment.api.BulkResult;
import org.bridgeway.recruitment.api.HiringProcesses;
import org.bridgeway.recruitment.api.NotSelectedReason;
import org.bridgeway.recruitment.api.StepView;
import org.bridgeway.shared.BusinessException;
import org.bridgeway.web.shell.Messages;

/**
 * recruitment/board.xhtml: every step of the default template as a column with its count and its longest-waiting
 * cards; filters; the chosen cards advanced or exited together. Holds filter values and chosen ids only.
 */
@Named
@ViewScoped
public class BoardView implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    static final int CARDS_PER_COLUMN = 25;

    @Inject
    private ApplicantBoard board;

    @Inject
    private Applicants applicants;

    @Inject
    private HiringProcesses processes;

    @Inject
    private PartnerDirectory partners;

    @Inject
    private org.bridgeway.recruitment.api.RecruitmentSessions sessions;

    @Inject
    private org.bridgeway.recruitment.api.RecruitmentMessages messages;

    @Inject
    private AccountDirectory accounts;

    private Long partnerId;
    private Long recruiterId;
    private Long stepId;
    private String language;
    private final Map<Long, Boolean> chosen = new HashMap<>();
    private String note;
    private ApplicantState exitKind = ApplicantState.WITHDRAWN;
    private NotSelectedReason reason;
    private LocalDate recontactOn;
    private Long sessionId;
    private String messageCode;

    private transient List<StepView> steps;
    private transient Map<Long, Long> counts;
    private transient Map<Long, List<BoardCard>> cards;
    private transient List<org.bridgeway.recruitment.api.SessionView> upcomingSessions;
    private transient List<String> messageCodes;
    private transient List<Map.Entry<Long, String>> partnerChoices;
    private transient List<AccountDirectory.Entry> recruiterChoices;

    @PostConstruct
    void init() {
        steps = processes.defaultTemplate().steps();
    }

    public List<StepView> getSteps() {
        if (steps == null) {
            steps = processes.defaultTemplate().steps();
        }
        return stepId == null ? steps : steps.stream().filter(s -> s.id() == stepId).toList();
    }

    /** Every step, for the step filter. */
    public List<StepView> getAllSteps() {
        getSteps();
        return steps;
    }

    private BoardFilter filter() {
        return new BoardFilter(partnerId, recruiterId, language == null || language.isBlank() ? null : language, stepId);
    }

    public long count(long stepId) {
        if (counts == null) {
            counts = board.counts(filter());
        }
        return counts.getOrDefault(stepId, 0L);
    }

    public List<BoardCard> cards(long stepId) {
        if (cards == null) {
            cards = new HashMap<>();
        }
        return cards.computeIfAbsent(stepId, id -> count(id) == 0 ? List.of()
                : board.cards(id, filter(), 0, CARDS_PER_COLUMN));
    }

    /** Filters changed: counts and cards are read again. */
    public void filter(jakarta.faces.event.AjaxBehaviorEvent event) {
        counts = null;
        cards = null;
        chosen.clear();
    }

    public void act(boolean advancing) {
        report(() -> advancing ? applicants.advance(chosenIds(), null, note)
                : applicants.exit(chosenIds(), exitKind, reason, recontactOn, note),
                advancing ? "recruitment.board.advanced" : "recruitment.board.exited");
    }

    /** The filtered open applicants as CSV (non-sensitive columns; audited by the service). */
    public void export() throws java.io.IOException {
        byte[] csv = board.exportCsv(filter());
        var context = jakarta.faces.context.FacesContext.getCurrentInstance();
        var external = context.getExternalContext();
        external.responseReset();
        external.setResponseContentType("text/csv; charset=UTF-8");
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"applicants.csv\"");
        external.setResponseContentLength(csv.length);
        external.getResponseOutputStream().write(csv);
        context.responseComplete();
    }

    /** Invites the chosen applicants to a session of their step. */
    public void invite() {
        report(() -> sessions.invite(sessionId == null ? -1 : sessionId, chosenIds()), "recruitment.board.invited");
    }

    /** Sends the chosen template to the chosen applicants, each in their language. */
    public void sendMessage() {
        report(() -> messages.send(chosenIds(), messageCode), "recruitment.board.messaged");
    }

    private void report(java.util.function.Supplier<BulkResult> action, String doneKey) {
        try {
            BulkResult result = action.get();
            if (!result.done().isEmpty()) {
                Messages.info(doneKey, result.done().size());
            }
            for (BulkResult.Refusal refusal : result.refused()) {
                Messages.error("recruitment.board.refused", refusal.name(), Messages.text(refusal.messageKey(),
                        translatedArguments(refusal.arguments())));
            }
        } catch (BusinessException e) {
            Messages.error(e);
        }
        chosen.clear();
        counts = null;
        cards = null;
        upcomingSessions = null; // invited counts changed
    }

    public List<org.bridgeway.recruitment.api.SessionView> getSessions() {
        if (upcomingSessions == null) {
            upcomingSessions = sessions.upcoming();
        }
        return upcomingSessions;
    }

    public List<String> getMessageCodes() {
        if (messageCodes == null) {
            messageCodes = messages.codes();
        }
        return messageCodes;
    }

    public Long getSessionId() {
        return sessionId;
    }

    public void setSessionId(Long sessionId) {
        this.sessionId = sessionId;
    }

    public String getMessageCode() {
        return messageCode;
    }

    public void setMessageCode(String messageCode) {
        this.messageCode = messageCode;
    }

    private static Object[] translatedArguments(List<String> arguments) {
        return arguments.stream().map(a -> a.startsWith(BusinessException.TRANSLATED)
                ? Messages.text(a.substring(BusinessException.TRANSLATED.length())) : a).toArray();
    }

    private List<Long> chosenIds() {
        return chosen.entrySet().stream().filter(e -> Boolean.TRUE.equals(e.getValue())).map(Map.Entry::getKey).toList();
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

    public List<ApplicantState> getExitKinds() {
        return List.of(ApplicantState.WITHDRAWN, ApplicantState.NOT_SELECTED, ApplicantState.DEFERRED);
    }

    public NotSelectedReason[] getReasons() {
        return NotSelectedReason.values();
    }

    public Map<Long, Boolean> getChosen() {
        return chosen;
    }

    public Long getPartnerId() {
        return partnerId;
    }

    public void setPartnerId(Long partnerId) {
        this.partnerId = partnerId;
    }

    public Long getStepId() {
        return stepId;
    }

    public void setStepId(Long stepId) {
        this.stepId = stepId;
    }

    public Long getRecruiterId() {
        return recruiterId;
    }

    public void setRecruiterId(Long recruiterId) {
        this.recruiterId = recruiterId;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
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
}
