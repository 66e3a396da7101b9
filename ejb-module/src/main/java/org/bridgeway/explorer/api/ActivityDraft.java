package org.bridgeway.explorer.api;

import static org.bridgeway.explorer.api.ExplorerRules.PLACE_MAX;
import static org.bridgeway.explorer.api.ExplorerRules.TITLE_MAX;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** An activity of a post, in the agency's local time; no cohorts invited means the whole post is. */
public class ActivityDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull
    private ActivityKind kind = ActivityKind.MEETING;

    @NotBlank
    @Size(max = TITLE_MAX)
    private String title;

    @NotNull
    private LocalDateTime startsAt;

    @NotNull
    private LocalDateTime endsAt;

    @Size(max = PLACE_MAX)
    private String place;

    @Min(1)
    @Max(10000)
    private Integer capacity;

    @NotNull
    @DecimalMin("0")
    @DecimalMax("24")
    private BigDecimal hoursCredited = BigDecimal.ONE;

    private List<Long> cohortIds = new ArrayList<>();

    private List<Long> supervisorAccountIds = new ArrayList<>();

    @AssertTrue(message = "{explorer.validation.endBeforeStart}")
    public boolean isEndAfterStart() {
        return startsAt == null || endsAt == null || endsAt.isAfter(startsAt);
    }

    public ActivityKind getKind() {
        return kind;
    }

    public void setKind(ActivityKind kind) {
        this.kind = kind;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public LocalDateTime getStartsAt() {
        return startsAt;
    }

    public void setStartsAt(LocalDateTime startsAt) {
        this.startsAt = startsAt;
    }

    public LocalDateTime getEndsAt() {
        return endsAt;
    }

    public void setEndsAt(LocalDateTime endsAt) {
        this.endsAt = endsAt;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer capacity) {
        this.capacity = capacity;
    }

    public BigDecimal getHoursCredited() {
        return hoursCredited;
    }

    public void setHoursCredited(BigDecimal hoursCredited) {
        this.hoursCredited = hoursCredited;
    }

    public List<Long> getCohortIds() {
        return cohortIds;
    }

    public void setCohortIds(List<Long> cohortIds) {
        this.cohortIds = cohortIds == null ? new ArrayList<>() : new ArrayList<>(cohortIds);
    }

    public List<Long> getSupervisorAccountIds() {
        return supervisorAccountIds;
    }

    public void setSupervisorAccountIds(List<Long> supervisorAccountIds) {
        this.supervisorAccountIds = supervisorAccountIds == null ? new ArrayList<>()
                : new ArrayList<>(supervisorAccountIds);
    }
}
