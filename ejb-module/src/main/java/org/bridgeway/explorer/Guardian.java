package org.bridgeway.explorer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.bridgeway.explorer.api.GuardianDraft;
import org.bridgeway.shared.Strings;

@Entity
@Table(name = "explorer_guardian")
public class Guardian {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "participant_id")
    private Participant participant;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String relationship;

    private String phone;

    private String email;

    @Column(name = "preferred_language", nullable = false)
    private String preferredLanguage;

    @Column(name = "may_consent", nullable = false)
    private boolean mayConsent;

    protected Guardian() {
    }

    Guardian(Participant participant) {
        this.participant = participant;
    }

    void apply(GuardianDraft draft, int position) {
        this.position = position;
        name = draft.getName().strip();
        relationship = draft.getRelationship().strip();
        phone = Strings.blankToNull(draft.getPhone());
        email = Strings.blankToNull(draft.getEmail());
        preferredLanguage = draft.getPreferredLanguage();
        mayConsent = draft.isMayConsent();
    }

    GuardianDraft toDraft() {
        var draft = new GuardianDraft();
        draft.setId(id);
        draft.setName(name);
        draft.setRelationship(relationship);
        draft.setPhone(phone);
        draft.setEmail(email);
        draft.setPreferredLanguage(preferredLanguage);
        draft.setMayConsent(mayConsent);
        return draft;
    }

    Long getId() {
        return id;
    }

    String getName() {
        return name;
    }

    String getEmail() {
        return email;
    }

    boolean isMayConsent() {
        return mayConsent;
    }
}
