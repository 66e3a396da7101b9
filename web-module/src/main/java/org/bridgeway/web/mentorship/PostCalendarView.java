package org.bridgeway.web.mentorship;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.bridgeway.explorer.api.ExplorerDirectory;
import org.bridgeway.mentorship.api.PostSession;
import org.bridgeway.mentorship.api.SessionStatus;
import org.bridgeway.mentorship.api.Sessions;
import org.bridgeway.shared.BusinessException;
import org.bridgeway.web.shell.AgencyTime;
import org.bridgeway.web.shell.Messages;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.LazyScheduleModel;
import org.primefaces.model.ScheduleModel;

/**
 * mentorship/calendar.xhtml: the sessions of the posts a coordinator manages, one post or all. The schedule is
 * lazy: only the visible weeks are read, so a post with years of sessions opens as fast as a new one.
 */
@Named
@ViewScoped
public class PostCalendarView implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    private Sessions sessions;

    @Inject
    private ExplorerDirectory explorer;

    @Inject
    private AgencyTime agencyTime;

    private Long postId;
    private transient Map<Long, String> postNames;
    private transient ScheduleModel calendar;

    public Map<Long, String> getPostNames() {
        if (postNames == null) {
            postNames = explorer.postNames(sessions.calendarPosts());
        }
        return postNames;
    }

    public List<Long> getPosts() {
        return getPostNames().entrySet().stream().sorted(Map.Entry.comparingByValue()).map(Map.Entry::getKey).toList();
    }

    public ScheduleModel getCalendar() {
        if (calendar == null) {
            calendar = new LazyScheduleModel() {
                @Serial
                private static final long serialVersionUID = 1L;

                @Override
                public void loadEvents(LocalDateTime start, LocalDateTime end) {
                    try {
                        var zone = agencyTime.zone();
                        for (PostSession s : sessions.postCalendar(postId, start.atZone(zone).toInstant(),
                                end.atZone(zone).toInstant())) {
                            addEvent(event(s));
                        }
                    } catch (BusinessException e) {
                        Messages.error(e);
                    }
                }
            };
        }
        return calendar;
    }

    private DefaultScheduleEvent<?> event(PostSession s) {
        String title = Messages.text("mentorship.calendar.event", s.menteeName(), s.mentorName(),
                Messages.text("SessionKind." + s.kind()), Messages.text("SessionStatus." + s.status()));
        return DefaultScheduleEvent.builder().id(String.valueOf(s.id())).title(title)
                .startDate(LocalDateTime.ofInstant(s.startsAt(), agencyTime.zone()))
                .endDate(LocalDateTime.ofInstant(s.endsAt(), agencyTime.zone()))
                .styleClass(s.status() == SessionStatus.CANCELLED ? "event-cancelled" : null)
                .description(getPostNames().get(s.postId())).build();
    }

    /** A different post was chosen: the schedule reloads through its own update. */
    public void postChanged() {
        calendar = null;
    }

    public Long getPostId() {
        return postId;
    }

    public void setPostId(Long postId) {
        this.postId = postId;
    }
}
