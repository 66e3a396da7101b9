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
        directory.enabledWithRole(Role.COORDINATOR).stream()
                .filter(c -> adults.stream().noneMatch(a -> a.id() == c.id())).forEach(adults::add);
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
