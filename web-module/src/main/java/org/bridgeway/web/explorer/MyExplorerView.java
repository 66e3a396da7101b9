package org.bridgeway.web.explorer;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import org.bridgeway.explorer.api.YouthOverview;
import org.bridgeway.explorer.api.YouthSelfService;
import org.bridgeway.shared.BusinessException;
import org.bridgeway.web.shell.Messages;

/** my/explorer.xhtml: a youth's own schedule, RSVPs, attendance, hours and standing. Keeps no personal data. */
@Named
@ViewScoped
public class MyExplorerView implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    private YouthSelfService youthSelf;

    @Inject
    private org.bridgeway.mentorship.api.MentorDesk mentorDesk;

    @Inject
    private org.bridgeway.web.shell.AgencyTime agencyTime;

    private transient java.util.List<org.bridgeway.mentorship.api.SessionSummary> sessions;

    /** The youth's own mentorship sessions (not cancelled), soonest first. */
    public java.util.List<org.bridgeway.mentorship.api.SessionSummary> getSessions() {
        if (sessions == null) {
            sessions = mentorDesk.mySessions();
        }
        return sessions;
    }

    /** The calendar opens on the month of the next thing coming up (a list view shows one month). */
    public java.time.LocalDate getCalendarStart() {
        var zone = agencyTime.zone();
        java.util.List<java.time.Instant> starts = new java.util.ArrayList<>();
        getOverview().upcoming().forEach(a -> starts.add(a.startsAt()));
        getSessions().stream().filter(s -> s.endsAt().isAfter(java.time.Instant.now()))
                .forEach(s -> starts.add(s.startsAt()));
        return starts.stream().min(java.util.Comparator.naturalOrder())
                .map(i -> java.time.LocalDate.ofInstant(i, zone)).orElse(java.time.LocalDate.now(zone));
    }

    /** Explorer activities and mentorship sessions together, as the calendar shows them. */
    public org.primefaces.model.ScheduleModel getCalendar() {
        var model = new org.primefaces.model.DefaultScheduleModel();
        var zone = agencyTime.zone();
        for (var a : getOverview().upcoming()) {
            model.addEvent(org.primefaces.model.DefaultScheduleEvent.builder().title(a.title())
                    .startDate(java.time.LocalDateTime.ofInstant(a.startsAt(), zone))
                    .endDate(java.time.LocalDateTime.ofInstant(a.endsAt(), zone)).build());
        }
        for (var s : getSessions()) {
            model.addEvent(org.primefaces.model.DefaultScheduleEvent.builder()
                    .title(Messages.text("calendar.feed.mentorship-session"))
                    .startDate(java.time.LocalDateTime.ofInstant(s.startsAt(), zone))
                    .endDate(java.time.LocalDateTime.ofInstant(s.endsAt(), zone)).build());
        }
        return model;
    }

    private transient YouthOverview overview;

    public YouthOverview getOverview() {
        if (overview == null) {
            overview = youthSelf.overview();
        }
        return overview;
    }

    public void rsvp(long activityId) {
        try {
            youthSelf.rsvp(activityId);
            Messages.info("my.explorer.rsvp.done");
        } catch (BusinessException e) {
            Messages.error(e);
        }
        overview = null;
    }

    public void withdraw(long activityId) {
        try {
            youthSelf.withdrawRsvp(activityId);
            Messages.info("my.explorer.rsvp.withdrawn");
        } catch (BusinessException e) {
            Messages.error(e);
        }
        overview = null;
    }
}
