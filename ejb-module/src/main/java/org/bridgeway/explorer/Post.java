package org.bridgeway.explorer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import org.bridgeway.explorer.api.PostDraft;
import org.bridgeway.shared.Strings;

/** An Explorer post: where youth meet, with its own (only tighter) eligibility rules and monthly bar. */
@Entity
@Table(name = "explorer_post")
public class Post {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false)
    private String name;

    @Column(name = "agency_unit")
    private String agencyUnit;

    @Column(name = "meeting_place")
    private String meetingPlace;

    @Column(name = "min_age_with_grade", nullable = false)
    private int minimumAgeWithGrade;

    @Column(name = "required_grade", nullable = false)
    private int requiredGrade;

    @Column(name = "minimum_age", nullable = false)
    private int minimumAge;

    @Column(name = "age_limit", nullable = false)
    private int ageLimit;

    @Column(name = "monthly_activities", nullable = false)
    private int monthlyActivities;

    @Column(name = "monthly_hours", nullable = false)
    private BigDecimal monthlyHours;

    @Column(name = "residency_record_required", nullable = false)
    private boolean residencyRecordRequired;

    @Column(name = "keep_residency_basis", nullable = false)
    private boolean keepResidencyBasis;

    @Column(name = "allow_virtual_one_on_one", nullable = false)
    private boolean allowVirtualOneOnOne;

    @Column(name = "allow_public_one_on_one", nullable = false)
    private boolean allowPublicOneOnOne;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Post() {
    }

    Post(PostDraft draft, Instant now) {
        createdAt = now;
        apply(draft, now);
    }

    final void apply(PostDraft draft, Instant now) {
        // Refuses anything looser than the program's rule before it reaches the database.
        new EligibilityPolicy(draft.getMinimumAgeWithGrade(), draft.getRequiredGrade(), draft.getMinimumAge(),
                draft.getAgeLimit());
        name = draft.getName().strip();
        agencyUnit = Strings.blankToNull(draft.getAgencyUnit());
        meetingPlace = Strings.blankToNull(draft.getMeetingPlace());
        minimumAgeWithGrade = draft.getMinimumAgeWithGrade();
        requiredGrade = draft.getRequiredGrade();
        minimumAge = draft.getMinimumAge();
        ageLimit = draft.getAgeLimit();
        monthlyActivities = draft.getMonthlyActivities();
        monthlyHours = draft.getMonthlyHours();
        residencyRecordRequired = draft.isResidencyRecordRequired();
        keepResidencyBasis = draft.isKeepResidencyBasis();
        allowVirtualOneOnOne = draft.isAllowVirtualOneOnOne();
        allowPublicOneOnOne = draft.isAllowPublicOneOnOne();
        updatedAt = now;
    }

    EligibilityPolicy eligibilityPolicy() {
        return new EligibilityPolicy(minimumAgeWithGrade, requiredGrade, minimumAge, ageLimit);
    }

    PostDraft toDraft() {
        var draft = new PostDraft();
        draft.setName(name);
        draft.setAgencyUnit(agencyUnit);
        draft.setMeetingPlace(meetingPlace);
        draft.setMinimumAgeWithGrade(minimumAgeWithGrade);
        draft.setRequiredGrade(requiredGrade);
        draft.setMinimumAge(minimumAge);
        draft.setAgeLimit(ageLimit);
        draft.setMonthlyActivities(monthlyActivities);
        draft.setMonthlyHours(monthlyHours);
        draft.setResidencyRecordRequired(residencyRecordRequired);
        draft.setKeepResidencyBasis(keepResidencyBasis);
        draft.setAllowVirtualOneOnOne(allowVirtualOneOnOne);
        draft.setAllowPublicOneOnOne(allowPublicOneOnOne);
        return draft;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getName() {
        return name;
    }

    public boolean isActive() {
        return active;
    }

    boolean isResidencyRecordRequired() {
        return residencyRecordRequired;
    }

    boolean isKeepResidencyBasis() {
        return keepResidencyBasis;
    }
}
