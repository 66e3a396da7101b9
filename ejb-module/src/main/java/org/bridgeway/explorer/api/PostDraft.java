package org.bridgeway.explorer.api;

import static org.bridgeway.explorer.api.ExplorerRules.PLACE_MAX;
import static org.bridgeway.explorer.api.ExplorerRules.POST_NAME_MAX;
import static org.bridgeway.explorer.api.ExplorerRules.UNIT_MAX;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;

/**
 * The editable fields of a post. Age and grade rules start at the program's and may only be tightened; there is
 * no citizenship or residency requirement to set — only whether a residency basis must be on file.
 */
public class PostDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank
    @Size(max = POST_NAME_MAX)
    private String name;

    @Size(max = UNIT_MAX)
    private String agencyUnit;

    @Size(max = PLACE_MAX)
    private String meetingPlace;

    @NotNull
    @Min(14)
    @Max(20)
    private Integer minimumAgeWithGrade = 14;

    @NotNull
    @Min(8)
    @Max(12)
    private Integer requiredGrade = 8;

    @NotNull
    @Min(15)
    @Max(20)
    private Integer minimumAge = 15;

    @NotNull
    @Min(16)
    @Max(21)
    private Integer ageLimit = 21;

    @NotNull
    @Min(1)
    @Max(31)
    private Integer monthlyActivities = 2;

    @NotNull
    @DecimalMin("0.5")
    @DecimalMax("200")
    private BigDecimal monthlyHours = new BigDecimal("8");

    private boolean residencyRecordRequired;

    private boolean keepResidencyBasis;

    /** Youth protection: may a mentor meet a minor one-on-one virtually, or in an observable public place? */
    private boolean allowVirtualOneOnOne;

    private boolean allowPublicOneOnOne;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getAgencyUnit() {
        return agencyUnit;
    }

    public void setAgencyUnit(String agencyUnit) {
        this.agencyUnit = agencyUnit;
    }

    public String getMeetingPlace() {
        return meetingPlace;
    }

    public void setMeetingPlace(String meetingPlace) {
        this.meetingPlace = meetingPlace;
    }

    public Integer getMinimumAgeWithGrade() {
        return minimumAgeWithGrade;
    }

    public void setMinimumAgeWithGrade(Integer minimumAgeWithGrade) {
        this.minimumAgeWithGrade = minimumAgeWithGrade;
    }

    public Integer getRequiredGrade() {
        return requiredGrade;
    }

    public void setRequiredGrade(Integer requiredGrade) {
        this.requiredGrade = requiredGrade;
    }

    public Integer getMinimumAge() {
        return minimumAge;
    }

    public void setMinimumAge(Integer minimumAge) {
        this.minimumAge = minimumAge;
    }

    public Integer getAgeLimit() {
        return ageLimit;
    }

    public void setAgeLimit(Integer ageLimit) {
        this.ageLimit = ageLimit;
    }

    public Integer getMonthlyActivities() {
        return monthlyActivities;
    }

    public void setMonthlyActivities(Integer monthlyActivities) {
        this.monthlyActivities = monthlyActivities;
    }

    public BigDecimal getMonthlyHours() {
        return monthlyHours;
    }

    public void setMonthlyHours(BigDecimal monthlyHours) {
        this.monthlyHours = monthlyHours;
    }

    public boolean isResidencyRecordRequired() {
        return residencyRecordRequired;
    }

    public void setResidencyRecordRequired(boolean residencyRecordRequired) {
        this.residencyRecordRequired = residencyRecordRequired;
    }

    public boolean isKeepResidencyBasis() {
        return keepResidencyBasis;
    }

    public void setKeepResidencyBasis(boolean keepResidencyBasis) {
        this.keepResidencyBasis = keepResidencyBasis;
    }

    public boolean isAllowVirtualOneOnOne() {
        return allowVirtualOneOnOne;
    }

    public void setAllowVirtualOneOnOne(boolean allowVirtualOneOnOne) {
        this.allowVirtualOneOnOne = allowVirtualOneOnOne;
    }

    public boolean isAllowPublicOneOnOne() {
        return allowPublicOneOnOne;
    }

    public void setAllowPublicOneOnOne(boolean allowPublicOneOnOne) {
        this.allowPublicOneOnOne = allowPublicOneOnOne;
    }
}
