package org.bridgeway.explorer.api;

import jakarta.ejb.Local;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Activities of a post and their attendance (explorer:read / explorer:write, scoped to the caller's posts). */
@Local
public interface Activities {

    /** Supervising adults must be cleared by screening on the day of the activity. */
    long createActivity(long postId, @NotNull @Valid ActivityDraft draft);

    ActivitySummary getActivity(long activityId);

    /** Activities of a post starting within the dates (inclusive, agency time zone), soonest first. */
    List<ActivitySummary> listActivities(long postId, @NotNull LocalDate from, @NotNull LocalDate until);

    /** Members invited to the activity in a cohort (or the whole post when cohortId is null), with marks. */
    List<AttendanceRow> attendanceSheet(long activityId, Long cohortId);

    /** Saves all marks in one statement batch; a participant not invited is refused and nothing is saved. */
    void saveAttendance(long activityId, @NotNull Map<Long, AttendanceMark> marks);
}
