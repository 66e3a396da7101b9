package org.bridgeway.partners.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.bridgeway.shared.freetext.NoIdentityNumbers;
import org.bridgeway.shared.freetext.NoMarkup;

/** A convening of an alliance: when, where, who came from both sides, what was discussed and promised. */
public class ConveningDraft implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** A commitment or follow-up with one owner: an agency account or a partner person. */
    public static class ActionDraft implements Serializable {

        @Serial
        private static final long serialVersionUID = 1L;

        @NotNull
        private Alliances.ActionKind kind = Alliances.ActionKind.FOLLOW_UP;

        @NotBlank
        @Size(max = 1000)
        @NoMarkup
        @NoIdentityNumbers
        private String description;

        private Long ownerAccountId;

        private Long ownerPersonId;

        private LocalDate dueOn;

        @AssertTrue(message = "{convening.action.owner}")
        public boolean isOwned() {
            return (ownerAccountId == null) != (ownerPersonId == null);
        }

        public Alliances.ActionKind getKind() {
            return kind;
        }

        public void setKind(Alliances.ActionKind kind) {
            this.kind = kind;
        }

        public String getDescription() {
            return description;
        }

        public void setDescription(String description) {
            this.description = description;
        }

        public Long getOwnerAccountId() {
            return ownerAccountId;
        }

        public void setOwnerAccountId(Long ownerAccountId) {
            this.ownerAccountId = ownerAccountId;
        }

        public Long getOwnerPersonId() {
            return ownerPersonId;
        }

        public void setOwnerPersonId(Long ownerPersonId) {
            this.ownerPersonId = ownerPersonId;
        }

        public LocalDate getDueOn() {
            return dueOn;
        }

        public void setDueOn(LocalDate dueOn) {
            this.dueOn = dueOn;
        }
    }

    private long allianceId;

    @NotNull
    private LocalDate heldOn;

    @Size(max = 200)
    @NoMarkup
    private String place;

    @NotBlank
    @Size(max = 2000)
    @NoMarkup
    @NoIdentityNumbers
    private String topics;

    @Size(max = 100)
    private List<Long> attendeePersonIds = new ArrayList<>();

    @Size(max = 100)
    private List<Long> attendeeAccountIds = new ArrayList<>();

    @Valid
    @Size(max = 50)
    private List<ActionDraft> actions = new ArrayList<>();

    public long getAllianceId() {
        return allianceId;
    }

    public void setAllianceId(long allianceId) {
        this.allianceId = allianceId;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(LocalDate heldOn) {
        this.heldOn = heldOn;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public String getTopics() {
        return topics;
    }

    public void setTopics(String topics) {
        this.topics = topics;
    }

    public List<Long> getAttendeePersonIds() {
        return attendeePersonIds;
    }

    public void setAttendeePersonIds(List<Long> attendeePersonIds) {
        this.attendeePersonIds = attendeePersonIds == null ? new ArrayList<>() : new ArrayList<>(attendeePersonIds);
    }

    public List<Long> getAttendeeAccountIds() {
        return attendeeAccountIds;
    }

    public void setAttendeeAccountIds(List<Long> attendeeAccountIds) {
        this.attendeeAccountIds = attendeeAccountIds == null ? new ArrayList<>() : new ArrayList<>(attendeeAccountIds);
    }

    public List<ActionDraft> getActions() {
        return actions;
    }

    public void setActions(List<ActionDraft> actions) {
        this.actions = actions == null ? new ArrayList<>() : new ArrayList<>(actions);
    }
}
