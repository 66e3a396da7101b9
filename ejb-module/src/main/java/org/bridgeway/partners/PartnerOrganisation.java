package org.bridgeway.partners;

import static org.bridgeway.shared.Strings.blankToNull;
import static org.bridgeway.partners.api.PartnerRules.CONTACT_NAME_MAX;
import static org.bridgeway.partners.api.PartnerRules.EMAIL_MAX;
import static org.bridgeway.partners.api.PartnerRules.NAME_MAX;
import static org.bridgeway.partners.api.PartnerRules.NOTES_MAX;
import static org.bridgeway.partners.api.PartnerRules.PHONE_MAX;
import static org.bridgeway.partners.api.PartnerRules.PHONE_PATTERN;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.bridgeway.shared.freetext.NoIdentityNumbers;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.bridgeway.partners.api.PartnerDetails;
import org.bridgeway.partners.api.PartnerDraft;
import org.bridgeway.partners.api.PartnerType;

/** A community organisation the agency works with. Deactivated rather than deleted. */
@Entity
@Table(name = "partner_organisation")
public class PartnerOrganisation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, length = NAME_MAX)
    @NotBlank
    @Size(max = NAME_MAX)
    private String name;

    @Column(nullable = false, length = 40)
    @Enumerated(EnumType.STRING)
    @NotNull
    private PartnerType type;

    @ElementCollection
    @CollectionTable(name = "partner_language", joinColumns = @JoinColumn(name = "partner_id"))
    @Column(name = "language", nullable = false, length = 3)
    @OrderColumn(name = "position")
    private List<String> languagesServed = new ArrayList<>();

    @Column(name = "contact_name", length = CONTACT_NAME_MAX)
    @Size(max = CONTACT_NAME_MAX)
    private String contactName;

    @Column(name = "contact_phone", length = PHONE_MAX)
    @Size(max = PHONE_MAX)
    @Pattern(regexp = PHONE_PATTERN)
    private String contactPhone;

    @Column(name = "contact_email", length = EMAIL_MAX)
    @Email
    @Size(max = EMAIL_MAX)
    private String contactEmail;

    @Column(length = NOTES_MAX)
    @Size(max = NOTES_MAX)
    @NoIdentityNumbers
    private String notes;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected PartnerOrganisation() {
    }

    public PartnerOrganisation(PartnerDraft draft, Instant now) {
        this.createdAt = now;
        apply(draft, now);
    }

    public final void apply(PartnerDraft draft, Instant now) {
        this.name = draft.getName().strip();
        this.type = draft.getType();
        this.languagesServed = new ArrayList<>(draft.getLanguagesServed().stream().distinct().toList());
        this.contactName = blankToNull(draft.getContactName());
        this.contactPhone = blankToNull(draft.getContactPhone());
        this.contactEmail = blankToNull(draft.getContactEmail());
        this.notes = blankToNull(draft.getNotes());
        this.updatedAt = now;
    }

    public void deactivate(Instant now) {
        active = false;
        updatedAt = now;
    }

    public void reactivate(Instant now) {
        active = true;
        updatedAt = now;
    }

    public PartnerDetails toDetails() {
        return new PartnerDetails(id, version, active, toDraft(), createdAt, updatedAt);
    }

    public PartnerDraft toDraft() {
        var draft = new PartnerDraft();
        draft.setName(name);
        draft.setType(type);
        draft.setLanguagesServed(languagesServed);
        draft.setContactName(contactName);
        draft.setContactPhone(contactPhone);
        draft.setContactEmail(contactEmail);
        draft.setNotes(notes);
        return draft;
    }

    public boolean isActive() {
        return active;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }
}
