package org.bridgeway.web.mentorship;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalTime;
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

    static final int SLOT_ROWS = 4;

    @Inject
    private MentorProfiles profiles;

    private int capacity = 2;
    private List<String> languages = new ArrayList<>();
    private List<String> interests = new ArrayList<>();
    private final List<SlotRow> slots = new ArrayList<>();

    /** One editable availability row; empty rows are ignored. */
    public static final class SlotRow implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;
        private Integer day;
        private LocalTime from;
        private LocalTime to;

        public Integer getDay() {
            return day;
        }

        public void setDay(Integer day) {
            this.day = day;
        }

        public LocalTime getFrom() {
            return from;
        }

        public void setFrom(LocalTime from) {
            this.from = from;
        }

        public LocalTime getTo() {
            return to;
        }

        public void setTo(LocalTime to) {
            this.to = to;
        }
    }

    @PostConstruct
    void init() {
        profiles.myProfile().ifPresent(p -> {
            capacity = p.capacity();
            languages = new ArrayList<>(p.languages());
            interests = new ArrayList<>(p.interests());
            for (Slot s : p.availability()) {
                var row = new SlotRow();
                row.day = s.dayOfWeek();
                row.from = LocalTime.MIN.plusMinutes(s.fromMinute());
                row.to = s.toMinute() >= 1440 ? LocalTime.MAX : LocalTime.MIN.plusMinutes(s.toMinute());
                slots.add(row);
            }
        });
        while (slots.size() < SLOT_ROWS) {
            slots.add(new SlotRow());
        }
    }

    public void save() {
        try {
            List<Slot> availability = new ArrayList<>();
            for (SlotRow row : slots) {
                if (row.day == null && row.from == null && row.to == null) {
                    continue;
                }
                if (row.day == null || row.from == null || row.to == null) {
                    throw new BusinessException("mentorship.error.slot");
                }
                availability.add(new Slot(row.day, row.from.toSecondOfDay() / 60, row.to.toSecondOfDay() / 60));
            }
            profiles.saveMyProfile(capacity, languages, interests, availability);
            Messages.info("mentorship.profile.saved");
        } catch (BusinessException e) {
            Messages.error(e);
        }
    }

    public List<Integer> getDays() {
        return List.of(1, 2, 3, 4, 5, 6, 7);
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

    public List<SlotRow> getSlots() {
        return slots;
    }
}
