package org.bridgeway.partners.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.bridgeway.shared.freetext.NoIdentityNumbers;
import org.bridgeway.shared.freetext.NoMarkup;

/**
 * One outreach contact with the concerns raised there. A concern is a topic and what will be done about it: the
 * form has no field for who raised it, and free text is checked for identity numbers.
 */
public class ContactDraft implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** A concern raised at the contact: a topic, and the follow-up it needs. */
    public static class ConcernDraft implements Serializable {

        @Serial
        private static final long serialVersionUID = 1L;

        @NotNull
        private Outreach.ConcernTopic topic;

        @Size(max = 1000)
        @NoMarkup
        @NoIdentityNumbers
        private String followUp;

        public ConcernDraft() {
        }

        public ConcernDraft(Outreach.ConcernTopic topic, String followUp) {
            this.topic = topic;
            this.followUp = followUp;
        }

        public Outreach.ConcernTopic getTopic() {
            return topic;
        }

        public void setTopic(Outreach.ConcernTopic topic) {
            this.topic = topic;
        }

        public String getFollowUp() {
            return followUp;
        }

        public void setFollowUp(String followUp) {
            this.followUp = followUp;
        }
    }

    @NotNull
    private Outreach.ContactKind kind = Outreach.ContactKind.VISIT;

    @NotNull
    @PastOrPresent
    private LocalDate occurredOn = LocalDate.now();

    @Size(max = 200)
    @NoMarkup
    private String place;

    private Long communityId;

    private Long neighbourhoodId;

    private Long partnerId;

    @Size(max = 8)
    private List<@Pattern(regexp = "[a-z]{2,3}") String> languages = new ArrayList<>();

    @Size(max = 1000)
    @NoMarkup
    @NoIdentityNumbers
    private String summary;

    @Valid
    @Size(max = 20)
    private List<ConcernDraft> concerns = new ArrayList<>();

    /** How interpretation went, for the language-access log (null: not recorded). */
    private LanguageAccess.Provision interpretation;

    @AssertTrue(message = "{outreach.contact.where}")
    public boolean isPlaced() {
        return communityId != null || neighbourhoodId != null || partnerId != null;
    }

    public Outreach.ContactKind getKind() {
        return kind;
    }

    public void setKind(Outreach.ContactKind kind) {
        this.kind = kind;
    }

    public LocalDate getOccurredOn() {
        return occurredOn;
    }

    public void setOccurredOn(LocalDate occurredOn) {
        this.occurredOn = occurredOn;
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

    public Long getNeighbourhoodId() {
        return neighbourhoodId;
    }

    public void setNeighbourhoodId(Long neighbourhoodId) {
        this.neighbourhoodId = neighbourhoodId;
    }

    public Long getPartnerId() {
        return partnerId;
    }

    public void setPartnerId(Long partnerId) {
        this.partnerId = partnerId;
    }

    public List<String> getLanguages() {
        return languages;
    }

    public void setLanguages(List<String> languages) {
        this.languages = languages == null ? new ArrayList<>() : new ArrayList<>(languages);
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public List<ConcernDraft> getConcerns() {
        return concerns;
    }

    public void setConcerns(List<ConcernDraft> concerns) {
        this.concerns = concerns == null ? new ArrayList<>() : new ArrayList<>(concerns);
    }

    public LanguageAccess.Provision getInterpretation() {
        return interpretation;
    }

    public void setInterpretation(LanguageAccess.Provision interpretation) {
        this.interpretation = interpretation;
    }
}
