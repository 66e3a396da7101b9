package org.bridgeway.web.explorer;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bridgeway.explorer.api.Activities;
import org.bridgeway.explorer.api.ActivitySummary;
import org.bridgeway.explorer.api.AttendanceMark;
import org.bridgeway.explorer.api.AttendanceRow;
import org.bridgeway.explorer.api.CohortSummary;
import org.bridgeway.explorer.api.ExplorerPosts;
import org.bridgeway.shared.BusinessException;
import org.bridgeway.web.shell.Messages;

/**
 * explorer/attendance.xhtml?activity=N[&amp;cohort=M]: one screen for a whole cohort, marked by keyboard or
 * touch and saved in one go. Holds ids, display names of the sheet and the marks being entered.
 */
@Named
@ViewScoped
public class AttendanceView implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    private Activities activities;

    @Inject
    private ExplorerPosts posts;

    private Long activityId;
    private Long cohortId;
    private transient ActivitySummary activity;
    private List<Line> lines = new ArrayList<>();

    /** One row of the sheet as the form edits it. */
    public static final class Line implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;
        private final long participantId;
        // Transient: names are read again after a postback rather than kept in the (replicated) view state.
        private transient String displayName;
        private final boolean rsvped;
        private AttendanceMark mark;

        Line(AttendanceRow row) {
            participantId = row.participantId();
            displayName = row.displayName();
            rsvped = row.rsvped();
            mark = row.mark();
        }

        public long getParticipantId() {
            return participantId;
        }

        public String getDisplayName() {
            return displayName;
        }

        public boolean isRsvped() {
            return rsvped;
        }

        public AttendanceMark getMark() {
            return mark;
        }

        public void setMark(AttendanceMark mark) {
            this.mark = mark;
        }
    }

    public void load() {
        if (FacesContext.getCurrentInstance().isPostback() || activityId == null) {
            return;
        }
        activity = activities.getActivity(activityId);
        lines = new ArrayList<>(activities.attendanceSheet(activityId, cohortId).stream().map(Line::new).toList());
    }

    public void save() {
        Map<Long, AttendanceMark> marks = new LinkedHashMap<>();
        lines.forEach(l -> marks.put(l.participantId, l.mark));
        try {
            activities.saveAttendance(activityId, marks);
            Messages.info("explorer.attendance.saved", marks.values().stream().filter(m -> m != null).count());
        } catch (BusinessException e) {
            Messages.error(e);
        }
    }

    public void markAllPresent() {
        lines.stream().filter(l -> l.mark == null).forEach(l -> l.mark = AttendanceMark.PRESENT);
    }

    public List<CohortSummary> getCohorts() {
        return getActivity() == null ? List.of() : posts.listCohorts(getActivity().postId());
    }

    public AttendanceMark[] getMarks() {
        return AttendanceMark.values();
    }

    public ActivitySummary getActivity() {
        if (activity == null && activityId != null) {
            activity = activities.getActivity(activityId);
        }
        return activity;
    }

    public List<Line> getLines() {
        if (lines.stream().anyMatch(l -> l.displayName == null)) {
            var names = new java.util.HashMap<Long, String>();
            activities.attendanceSheet(activityId, cohortId).forEach(r -> names.put(r.participantId(), r.displayName()));
            lines.forEach(l -> l.displayName = names.get(l.participantId));
        }
        return lines;
    }

    public Long getActivityId() {
        return activityId;
    }

    public void setActivityId(Long activityId) {
        this.activityId = activityId;
    }

    public Long getCohortId() {
        return cohortId;
    }

    public void setCohortId(Long cohortId) {
        this.cohortId = cohortId;
    }
}
