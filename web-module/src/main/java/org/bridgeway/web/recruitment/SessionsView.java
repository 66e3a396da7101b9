package org.bridgeway.web.recruitment;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;
import org.bridgeway.recruitment.api.HiringProcesses;
import org.bridgeway.recruitment.api.OutcomeKind;
import org.bridgeway.recruitment.api.RecruitmentSessions;
import org.bridgeway.recruitment.api.SessionView;
import org.bridgeway.recruitment.api.StepView;
import org.bridgeway.shared.BusinessException;
import org.bridgeway.web.shell.Messages;

/** recruitment/sessions.xhtml: plan exam, test and interview sessions; see the upcoming ones and their places. */
@Named
@ViewScoped
public class SessionsView implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    private RecruitmentSessions sessions;

    @Inject
    private HiringProcesses processes;

    private Long stepId;
    private LocalDateTime start;
    private int minutes = 120;
    private String place;
    private int capacity = 20;
    private transient List<SessionView> upcoming;
    private transient List<StepView> steps;

    public void create() {
        try {
            sessions.create(stepId == null ? -1 : stepId, start, minutes, place, capacity);
            Messages.info("recruitment.session.created");
            place = null;
            upcoming = null;
        } catch (BusinessException e) {
            Messages.error(e);
        }
    }

    /** Steps that hold sessions: those with a result to record. */
    public List<StepView> getSteps() {
        if (steps == null) {
            steps = processes.defaultTemplate().steps().stream().filter(s -> s.outcomeKind() != OutcomeKind.NONE)
                    .toList();
        }
        return steps;
    }

    public List<SessionView> getUpcoming() {
        if (upcoming == null) {
            upcoming = sessions.upcoming();
        }
        return upcoming;
    }

    public String label(StepView step) {
        return step.name() != null ? step.name() : Messages.text("StepKind." + step.kind());
    }

    public Long getStepId() {
        return stepId;
    }

    public void setStepId(Long stepId) {
        this.stepId = stepId;
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

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public int getCapacity() {
        return capacity;
    }

    public void setCapacity(int capacity) {
        this.capacity = capacity;
    }
}
