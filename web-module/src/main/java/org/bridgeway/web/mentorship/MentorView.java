package org.bridgeway.web.mentorship;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.bridgeway.identity.api.AccountDirectory;
import org.bridgeway.identity.api.Role;
import org.bridgeway.mentorship.api.MatchStatus;
import org.bridgeway.mentorship.api.MenteeView;
import org.bridgeway.mentorship.api.MentorDesk;
import org.bridgeway.mentorship.api.SessionKind;
import org.bridgeway.mentorship.api.SessionPlan;
import org.bridgeway.mentorship.api.Sessions;
import org.bridgeway.shared.BusinessException;
import org.bridgeway.web.shell.AgencyTime;
import org.bridgeway.web.shell.Messages;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.DefaultScheduleModel;
import org.primefaces.model.ScheduleModel;

/**
 * mentorship/mentor.xhtml: a mentor's mentees (the limited view), a calendar of their sessions and the form to
 * schedule one or a series. Keeps only the form's values; mentees are read per request.
 */
@Named
@ViewScoped
public class MentorView implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    private MentorDesk desk;

    @Inject
    private Sessions sessions;

    @Inject
    private AccountDirectory directory;

    @Inject
    private AgencyTime agencyTime;

    @Inject
    private org.bridgeway.mentorship.api.MatchGoals goals;

    private Long matchId;
    private LocalDateTime start;
    private int minutes = 60;
    private SessionPlan.Repeat repeat = SessionPlan.Repeat.ONCE;
    private int occurrences = 1;
    private SessionKind kind = SessionKind.IN_PERSON_PUBLIC;
    private Long secondAdultId;
    private String cancelReason;
    private String sessionNote;
    private LocalDateTime newStart;
    private Long goalMatchId;
    private String goalTitle;
    private java.time.LocalDate goalDue;
    private transient List<MenteeView> mentees;

    public List<MenteeView> getMentees() {
        if (mentees == null) {
            mentees = desk.myMentees();
        }
        return mentees;
    }

    public List<MenteeView> getActiveMentees() {
        return getMentees().stream().filter(m -> m.status() == MatchStatus.ACTIVE).toList();
    }

    public ScheduleModel getCalendar() {
        var model = new DefaultScheduleModel();
        for (MenteeView mentee : getMentees()) {
            for (var s : mentee.sessions()) {
                if (s.status() != org.bridgeway.mentorship.api.SessionStatus.CANCELLED) {
                    model.addEvent(DefaultScheduleEvent.builder()
                            .title(mentee.preferredName() + " · " + Messages.text("SessionKind." + s.kind()))
                            .startDate(LocalDateTime.ofInstant(s.startsAt(), agencyTime.zone()))
                            .endDate(LocalDateTime.ofInstant(s.endsAt(), agencyTime.zone())).build());
                }
            }
        }
        return model;
    }

    public void schedule() {
        try {
            int count = sessions.schedule(matchId == null ? -1 : matchId,
                    new SessionPlan(start, minutes, repeat, occurrences, kind, secondAdultId)).size();
            Messages.info("mentorship.session.scheduled", count);
        } catch (BusinessException e) {
            Messages.error(e);
        }
        mentees = null;
    }

    public void cancel(long sessionId) {
        try {
            sessions.cancel(sessionId, cancelReason);
            Messages.info("mentorship.session.cancelled");
        } catch (BusinessException e) {
            Messages.error(e);
        }
        mentees = null;
    }

    public void outcome(long sessionId, boolean held) {
        try {
            sessions.recordOutcome(sessionId, held ? org.bridgeway.mentorship.api.SessionStatus.HELD
                    : org.bridgeway.mentorship.api.SessionStatus.NO_SHOW, sessionNote);
            Messages.info("mentorship.session.outcomeRecorded");
            sessionNote = null;
        } catch (BusinessException e) {
            Messages.error(e);
        }
        mentees = null;
    }

    public void move(long sessionId) {
        try {
            if (newStart == null) {
                throw new BusinessException("explorer.date.required");
            }
            sessions.reschedule(sessionId, newStart, cancelReason);
            Messages.info("mentorship.session.moved");
        } catch (BusinessException e) {
            Messages.error(e);
        }
        mentees = null;
    }

    public List<org.bridgeway.mentorship.api.MatchGoal> goalsOf(long matchId) {
        return goals.goals(matchId);
    }

    public void addGoal() {
        try {
            goals.addGoal(goalMatchId == null ? -1 : goalMatchId, goalTitle, goalDue);
            Messages.info("mentorship.goal.added");
            goalTitle = null;
            goalDue = null;
        } catch (BusinessException e) {
            Messages.error(e);
        }
    }

    public void progress(long goalId, int progress) {
        try {
            goals.setProgress(goalId, progress);
        } catch (BusinessException e) {
            Messages.error(e);
        }
    }

    public boolean isStarted(org.bridgeway.mentorship.api.SessionSummary s) {
        return s.startsAt().isBefore(java.time.Instant.now());
    }

    public String getSessionNote() {
        return sessionNote;
    }

    public void setSessionNote(String sessionNote) {
        this.sessionNote = sessionNote;
    }

    public LocalDateTime getNewStart() {
        return newStart;
    }

    public void setNewStart(LocalDateTime newStart) {
        this.newStart = newStart;
    }

    public Long getGoalMatchId() {
        return goalMatchId;
    }

    public void setGoalMatchId(Long goalMatchId) {
        this.goalMatchId = goalMatchId;
    }

    public String getGoalTitle() {
        return goalTitle;
    }

    public void setGoalTitle(String goalTitle) {
        this.goalTitle = goalTitle;
    }

    public java.time.LocalDate getGoalDue() {
        return goalDue;
    }

    public void setGoalDue(java.time.LocalDate goalDue) {
        this.goalDue = goalDue;
    }

    public List<AccountDirectory.Entry> getAdults() {
        List<AccountDirectory.Entry> adults = new ArrayList<>(directory.enabledWithRole(Role.MENTOR));
        adults.addAll(directory.enabledWithRole(Role.COORDINATOR));
        return adults;
    }

    public SessionKind[] getKinds() {
        return SessionKind.values();
    }

    public SessionPlan.Repeat[] getRepeats() {
        return SessionPlan.Repeat.values();
    }

    public Long getMatchId() {
        return matchId;
    }

    public void setMatchId(Long matchId) {
        this.matchId = matchId;
    }

    public LocalDateTime getStart() {
        return start;
    }

    public void setStart(LocalDateTime start) {
        this.start = start;
    }

    public int getMinutes() {
        return minutes;
    }

    public void setMinutes(int minutes) {
        this.minutes = minutes;
    }

    public SessionPlan.Repeat getRepeat() {
        return repeat;
    }

    public void setRepeat(SessionPlan.Repeat repeat) {
        this.repeat = repeat;
    }

    public int getOccurrences() {
        return occurrences;
    }

    public void setOccurrences(int occurrences) {
        this.occurrences = occurrences;
    }

    public SessionKind getKind() {
        return kind;
    }

    public void setKind(SessionKind kind) {
        this.kind = kind;
    }

    public Long getSecondAdultId() {
        return secondAdultId;
    }

    public void setSecondAdultId(Long secondAdultId) {
        this.secondAdultId = secondAdultId;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public void setCancelReason(String cancelReason) {
        this.cancelReason = cancelReason;
    }
}
