package org.bridgeway.web.mentorship;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.bridgeway.mentorship.api.MentorProfiles;
import org.bridgeway.mentorship.api.Slot;
import org.bridgeway.shared.BusinessException;
import org.bridgeway.web.shell.Messages;

/** mentorship/profile.xhtml: a mentor's own languages, interests, weekly availability and capacity. */
@Named
@ViewScoped
public class MentorProfileView implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    private MentorProfiles profiles;

    private int capacity = 2;
    private List<String> languages = new ArrayList<>();
    private List<String> interests = new ArrayList<>();
    private WeeklySlots slots = WeeklySlots.of(List.of());

    @PostConstruct
    void init() {
        profiles.myProfile().ifPresent(p -> {
            capacity = p.capacity();
            languages = new ArrayList<>(p.languages());
            interests = new ArrayList<>(p.interests());
            slots = WeeklySlots.of(p.availability());
        });
    }

    public void save() {
        try {
            List<Slot> availability = slots.toSlots();
            profiles.saveMyProfile(capacity, languages, interests, availability);
            Messages.info("mentorship.profile.saved");
        } catch (BusinessException e) {
            Messages.error(e);
        }
    }

    public int getCapacity() {
        return capacity;
    }

    public void setCapacity(int capacity) {
        this.capacity = capacity;
    }

    public List<String> getLanguages() {
        return languages;
    }

    public void setLanguages(List<String> languages) {
        this.languages = languages == null ? new ArrayList<>() : new ArrayList<>(languages);
    }

    public List<String> getInterests() {
        return interests;
    }

    public void setInterests(List<String> interests) {
        this.interests = interests == null ? new ArrayList<>() : new ArrayList<>(interests);
    }

    public WeeklySlots getSlots() {
        return slots;
    }
}
