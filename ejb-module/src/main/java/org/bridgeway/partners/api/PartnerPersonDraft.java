package org.bridgeway.partners.api;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.bridgeway.shared.freetext.NoMarkup;

/** A leader or contact of a partner organisation. */
public class PartnerPersonDraft implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @NotBlank
    @Size(max = 120)
    @NoMarkup
    private String name;

    @Size(max = 120)
    @NoMarkup
    private String title;

    private boolean leader;

    @Size(max = 8)
    private List<@Pattern(regexp = "[a-z]{2,3}") String> languages = new ArrayList<>();

    @NotNull
    private Alliances.PreferredContact preferredContact = Alliances.PreferredContact.PHONE;

    @Email
    @Size(max = 254)
    private String email;

    @Size(max = 40)
    @Pattern(regexp = "[+0-9 ()./-]*")
    private String phone;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public boolean isLeader() {
        return leader;
    }

    public void setLeader(boolean leader) {
        this.leader = leader;
    }

    public List<String> getLanguages() {
        return languages;
    }

    public void setLanguages(List<String> languages) {
        this.languages = languages == null ? new ArrayList<>() : new ArrayList<>(languages);
    }

    public Alliances.PreferredContact getPreferredContact() {
        return preferredContact;
    }

    public void setPreferredContact(Alliances.PreferredContact preferredContact) {
        this.preferredContact = preferredContact;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }
}
