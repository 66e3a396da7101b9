package org.bridgeway.explorer.api;

import static org.bridgeway.explorer.api.ExplorerRules.COHORT_NAME_MAX;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;

/** A cohort inside a post, such as "Fall 2027". */
public class CohortDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank
    @Size(max = COHORT_NAME_MAX)
    private String name;

    @NotNull
    private LocalDate startsOn;

    @NotNull
    private LocalDate endsOn;

    public CohortDraft() {
    }

    public CohortDraft(String name, LocalDate startsOn, LocalDate endsOn) {
        this.name = name;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
    }

    @AssertTrue(message = "{explorer.validation.endBeforeStart}")
    public boolean isEndNotBeforeStart() {
        return startsOn == null || endsOn == null || !endsOn.isBefore(startsOn);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(LocalDate startsOn) {
        this.startsOn = startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(LocalDate endsOn) {
        this.endsOn = endsOn;
    }
}
