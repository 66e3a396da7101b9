package org.bridgeway.web.community;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bridgeway.partners.api.Academy;
import org.bridgeway.partners.api.EnrolmentDraft;
import org.bridgeway.shared.BusinessException;
import org.bridgeway.web.shell.Downloads;
import org.bridgeway.web.shell.Messages;

/**
 * community/cohort.xhtml: one academy cohort - session plans, enrolment, attendance per session, graduation,
 * certificates, survey slips and the survey's results (shown from five answers).
 */
@Named
@ViewScoped
public class CohortView implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    private Academy academy;

    @Inject
    private Validator validator;

    private Long id;
    private EnrolmentDraft enrolment = new EnrolmentDraft();
    private Integer sessionNumber;
    private final Map<Long, Boolean> present = new HashMap<>();
    private int slipCount = 20;
    /** Session plans being edited: number, date, topic, speaker, plan. */
    private List<SessionEdit> plans;

    private transient Academy.CohortSummary cohort;
    private transient List<Academy.RosterRow> roster;
    private transient Academy.SurveyResults survey;

    /** One session's plan as typed on the page. */
    public static class SessionEdit implements Serializable {

        @Serial
        private static final long serialVersionUID = 1L;

        private final int number;
        private LocalDate heldOn;
        private String topic;
        private String speaker;
        private String plan;

        SessionEdit(Academy.SessionPlan plan) {
            this.number = plan.number();
            this.heldOn = plan.heldOn();
            this.topic = plan.topic();
            this.speaker = plan.speaker();
            this.plan = plan.plan();
        }

        public int getNumber() {
            return number;
        }

        public LocalDate getHeldOn() {
            return heldOn;
        }

        public void setHeldOn(LocalDate heldOn) {
            this.heldOn = heldOn;
        }

        public String getTopic() {
            return topic;
        }

        public void setTopic(String topic) {
            this.topic = topic;
        }

        public String getSpeaker() {
            return speaker;
        }

        public void setSpeaker(String speaker) {
            this.speaker = speaker;
        }

        public String getPlan() {
            return plan;
        }

        public void setPlan(String plan) {
            this.plan = plan;
        }
    }

    public void load() {
        if (FacesContext.getCurrentInstance().isPostback() || id == null) {
            return;
        }
        getCohort();
        plans = new ArrayList<>(academy.sessions(id).stream().map(SessionEdit::new).toList());
    }

    public void savePlans() {
        try {
            for (SessionEdit plan : plans) {
                academy.planSession(id, plan.number, plan.heldOn, plan.topic, plan.speaker, plan.plan);
            }
            Messages.info("academy.sessions.saved");
        } catch (BusinessException e) {
            Messages.error(e);
        }
    }

    public void enrol() {
        if (!Messages.valid(validator, enrolment)) {
            return;
        }
        try {
            academy.enrol(id, enrolment);
            Messages.info("academy.enrolled", enrolment.getGivenName());
            enrolment = new EnrolmentDraft();
            roster = null;
        } catch (BusinessException e) {
            Messages.error(e);
        }
    }

    /** Shows the chosen session's marks (everyone unmarked until attendance is taken). */
    public void chooseSession() {
        present.clear();
        if (sessionNumber != null) {
            for (Academy.RosterRow row : getRoster()) {
                present.put(row.enrolmentId(), row.presentAt().contains(sessionNumber));
            }
        }
    }

    public void saveAttendance() {
        if (sessionNumber == null) {
            Messages.error("academy.attendance.session");
            return;
        }
        Set<Long> here = new HashSet<>();
        present.forEach((enrolmentId, mark) -> {
            if (Boolean.TRUE.equals(mark)) {
                here.add(enrolmentId);
            }
        });
        try {
            academy.recordAttendance(id, sessionNumber, here);
            Messages.info("academy.attendance.saved", sessionNumber, here.size());
            roster = null;
        } catch (BusinessException e) {
            Messages.error(e);
        }
    }

    public void graduate() {
        try {
            var result = academy.graduate(id);
            Messages.info("academy.graduated", result.graduates(), result.notGraduated());
            roster = null;
            cohort = null;
        } catch (BusinessException e) {
            Messages.error(e);
        }
    }

    public void certificate(long enrolmentId) throws IOException {
        try {
            Academy.Certificate certificate = academy.certificate(enrolmentId);
            Downloads.send("application/pdf", certificate.fileName(), certificate.pdf());
        } catch (BusinessException e) {
            Messages.error(e);
        }
    }

    public void slips() throws IOException {
        try {
            var request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
            String address = request.getRequestURL().toString().replaceFirst("/community/cohort\\.xhtml.*$", "")
                    + "/public/survey.xhtml";
            Downloads.send("application/pdf", "survey-slips-" + id + ".pdf", academy.surveySlips(id, slipCount, address));
        } catch (BusinessException e) {
            Messages.error(e);
        }
    }

    public Academy.SurveyResults getSurvey() {
        if (survey == null && id != null) {
            survey = academy.surveyResults(id);
        }
        return survey;
    }

    public Academy.CohortSummary getCohort() {
        if (cohort == null && id != null) {
            cohort = academy.cohort(id);
        }
        return cohort;
    }

    public List<Academy.RosterRow> getRoster() {
        if (roster == null && id != null) {
            roster = academy.roster(id);
        }
        return roster;
    }

    public List<Integer> getSessionNumbers() {
        return plans == null ? List.of() : plans.stream().map(SessionEdit::getNumber).toList();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public EnrolmentDraft getEnrolment() {
        return enrolment;
    }

    public Integer getSessionNumber() {
        return sessionNumber;
    }

    public void setSessionNumber(Integer sessionNumber) {
        this.sessionNumber = sessionNumber;
    }

    public Map<Long, Boolean> getPresent() {
        return present;
    }

    public int getSlipCount() {
        return slipCount;
    }

    public void setSlipCount(int slipCount) {
        this.slipCount = slipCount;
    }

    public List<SessionEdit> getPlans() {
        return plans;
    }
}
