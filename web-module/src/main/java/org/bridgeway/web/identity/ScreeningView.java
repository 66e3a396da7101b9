package org.bridgeway.web.identity;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bridgeway.identity.api.AccountDirectory;
import org.bridgeway.identity.api.Role;
import org.bridgeway.identity.api.Screening;
import org.bridgeway.identity.api.ScreeningStatus;
import org.bridgeway.identity.api.TrainingRecord;
import org.bridgeway.shared.BusinessException;
import org.bridgeway.web.shell.Messages;

/**
 * screening/screening.xhtml: adults whose youth-protection training or background check expires within 30
 * days, and the form to record new dates for an adult.
 */
@Named
@ViewScoped
public class ScreeningView implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    static final int WARNING_DAYS = 30;

    @Inject
    private Screening screening;

    @Inject
    private AccountDirectory directory;

    private Long accountId;
    private LocalDate trainingCompletedOn;
    private LocalDate trainingExpiresOn;
    private LocalDate backgroundCheckedOn;
    private LocalDate backgroundCheckExpiresOn;
    private TrainingRecord.Kind trainingKind = TrainingRecord.Kind.CULTURAL_COMPETENCY;
    private String course;
    private LocalDate courseCompletedOn;
    private java.math.BigDecimal hours;
    private LocalDate courseExpiresOn;

    /** One expiring adult with a name to show. */
    public record Expiring(String displayName, LocalDate trainingExpiresOn, LocalDate backgroundCheckExpiresOn)
            implements Serializable {

        public String getDisplayName() {
            return displayName;
        }

        public LocalDate getTrainingExpiresOn() {
            return trainingExpiresOn;
        }

        public LocalDate getBackgroundCheckExpiresOn() {
            return backgroundCheckExpiresOn;
        }
    }

    public List<Expiring> getExpiring() {
        List<ScreeningStatus> statuses = screening.expiringWithin(LocalDate.now(), WARNING_DAYS);
        Map<Long, String> names = directory.displayNames(statuses.stream().map(ScreeningStatus::accountId).toList());
        List<Expiring> rows = new ArrayList<>();
        for (ScreeningStatus s : statuses) {
            rows.add(new Expiring(names.getOrDefault(s.accountId(), "#" + s.accountId()), s.trainingExpiresOn(),
                    s.backgroundCheckExpiresOn()));
        }
        return rows;
    }

    public List<AccountDirectory.Entry> getAdults() {
        List<AccountDirectory.Entry> adults = new ArrayList<>(directory.enabledWithRole(Role.MENTOR));
        for (Role role : List.of(Role.COORDINATOR, Role.LIAISON)) {
            directory.enabledWithRole(role).stream()
                    .filter(c -> adults.stream().noneMatch(a -> a.id() == c.id())).forEach(adults::add);
        }
        return adults;
    }

    /** Fills the form with what is on record for the chosen adult. */
    public void adultChosen() {
        var status = accountId == null ? null : screening.statusOf(accountId).orElse(null);
        trainingCompletedOn = status == null ? null : status.trainingCompletedOn();
        trainingExpiresOn = status == null ? null : status.trainingExpiresOn();
        backgroundCheckedOn = status == null ? null : status.backgroundCheckedOn();
        backgroundCheckExpiresOn = status == null ? null : status.backgroundCheckExpiresOn();
    }

    public void save() {
        try {
            screening.record(accountId, trainingCompletedOn, trainingExpiresOn, backgroundCheckedOn,
                    backgroundCheckExpiresOn);
            Messages.info("screening.saved");
        } catch (BusinessException e) {
            Messages.error(e);
        }
    }

    public List<TrainingRecord> getTraining() {
        return accountId == null ? List.of() : screening.trainingOf(accountId);
    }

    public void addTraining() {
        if (accountId == null) {
            Messages.error("screening.adult.required");
            return;
        }
        try {
            screening.recordTraining(accountId, trainingKind, course, courseCompletedOn, hours, courseExpiresOn);
            Messages.info("screening.training.saved", course);
            course = null;
            hours = null;
            courseCompletedOn = null;
            courseExpiresOn = null;
        } catch (BusinessException e) {
            Messages.error(e);
        }
    }

    public void removeTraining(long trainingRecordId) {
        try {
            screening.removeTraining(trainingRecordId);
            Messages.info("screening.training.removed");
        } catch (BusinessException e) {
            Messages.error(e);
        }
    }

    public TrainingRecord.Kind[] getTrainingKinds() {
        return TrainingRecord.Kind.values();
    }

    public TrainingRecord.Kind getTrainingKind() {
        return trainingKind;
    }

    public void setTrainingKind(TrainingRecord.Kind trainingKind) {
        this.trainingKind = trainingKind;
    }

    public String getCourse() {
        return course;
    }

    public void setCourse(String course) {
        this.course = course;
    }

    public LocalDate getCourseCompletedOn() {
        return courseCompletedOn;
    }

    public void setCourseCompletedOn(LocalDate courseCompletedOn) {
        this.courseCompletedOn = courseCompletedOn;
    }

    public java.math.BigDecimal getHours() {
        return hours;
    }

    public void setHours(java.math.BigDecimal hours) {
        this.hours = hours;
    }

    public LocalDate getCourseExpiresOn() {
        return courseExpiresOn;
    }

    public void setCourseExpiresOn(LocalDate courseExpiresOn) {
        this.courseExpiresOn = courseExpiresOn;
    }

    public Long getAccountId() {
        return accountId;
    }

    public void setAccountId(Long accountId) {
        this.accountId = accountId;
    }

    public LocalDate getTrainingCompletedOn() {
        return trainingCompletedOn;
    }

    public void setTrainingCompletedOn(LocalDate trainingCompletedOn) {
        this.trainingCompletedOn = trainingCompletedOn;
    }

    public LocalDate getTrainingExpiresOn() {
        return trainingExpiresOn;
    }

    public void setTrainingExpiresOn(LocalDate trainingExpiresOn) {
        this.trainingExpiresOn = trainingExpiresOn;
    }

    public LocalDate getBackgroundCheckedOn() {
        return backgroundCheckedOn;
    }

    public void setBackgroundCheckedOn(LocalDate backgroundCheckedOn) {
        this.backgroundCheckedOn = backgroundCheckedOn;
    }

    public LocalDate getBackgroundCheckExpiresOn() {
        return backgroundCheckExpiresOn;
    }

    public void setBackgroundCheckExpiresOn(LocalDate backgroundCheckExpiresOn) {
        this.backgroundCheckExpiresOn = backgroundCheckExpiresOn;
    }
}
