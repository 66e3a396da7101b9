package org.bridgeway.partners.api;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.bridgeway.shared.freetext.NoMarkup;

/** A new outreach event. */
public class EventDraft implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @NotNull
    private OutreachEvents.EventKind kind = OutreachEvents.EventKind.COMMUNITY_MEETING;

    @NotBlank
    @Size(max = 200)
    @NoMarkup
    private String name;

    @NotNull
    private LocalDate heldOn;

    @Size(max = 200)
    @NoMarkup
    private String place;

    private Long communityId;

    @Size(max = 8)
    private List<@Pattern(regexp = "[a-z]{2,3}") String> languagesOffered = new ArrayList<>();

    private boolean interpreterPresent;

    @Min(0)
    private Integer headCount;

    @Size(max = 20)
    private List<Long> cohostPartnerIds = new ArrayList<>();

    public OutreachEvents.EventKind getKind() {
        return kind;
    }

    public void setKind(OutreachEvents.EventKind kind) {
        this.kind = kind;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
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

    public Long getCommunityId() {
        return communityId;
    }

    public void setCommunityId(Long communityId) {
        this.communityId = communityId;
    }

    public List<String> getLanguagesOffered() {
        return languagesOffered;
    }

    public void setLanguagesOffered(List<String> languagesOffered) {
        this.languagesOffered = languagesOffered == null ? new ArrayList<>() : new ArrayList<>(languagesOffered);
    }

    public boolean isInterpreterPresent() {
        return interpreterPresent;
    }

    public void setInterpreterPresent(boolean interpreterPresent) {
        this.interpreterPresent = interpreterPresent;
    }

    public Integer getHeadCount() {
        return headCount;
    }

    public void setHeadCount(Integer headCount) {
        this.headCount = headCount;
    }

    public List<Long> getCohostPartnerIds() {
        return cohostPartnerIds;
    }

    public void setCohostPartnerIds(List<Long> cohostPartnerIds) {
        this.cohostPartnerIds = cohostPartnerIds == null ? new ArrayList<>() : new ArrayList<>(cohostPartnerIds);
    }
}
