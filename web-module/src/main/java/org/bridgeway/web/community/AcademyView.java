package org.bridgeway.web.community;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.bridgeway.partners.api.Academy;
import org.bridgeway.shared.BusinessException;
import org.bridgeway.web.shell.Messages;

/** community/academy.xhtml: academy courses (sessions, attendance bar) and their cohorts. */
@Named
@ViewScoped
public class AcademyView implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    private Academy academy;

    private String courseName;
    private String courseDescription;
    private int sessionCount = 9;
    private int attendanceBar = 7;
    private Long courseId;
    private String cohortName;
    private LocalDate startsOn;

    private transient List<Academy.Course> courses;
    private transient List<Academy.CohortSummary> cohorts;

    public void createCourse() {
        try {
            academy.createCourse(courseName, courseDescription, sessionCount, attendanceBar);
            Messages.info("academy.course.created", courseName);
            courseName = null;
            courseDescription = null;
            courses = null;
        } catch (BusinessException e) {
            Messages.error(e);
        }
    }

    public void openCohort() {
        if (courseId == null) {
            Messages.error("academy.cohort.invalid");
            return;
        }
        try {
            academy.openCohort(courseId, cohortName, startsOn);
            Messages.info("academy.cohort.opened", cohortName);
            cohortName = null;
            cohorts = null;
        } catch (BusinessException e) {
            Messages.error(e);
        }
    }

    public List<Academy.Course> getCourses() {
        if (courses == null) {
            courses = academy.courses();
        }
        return courses;
    }

    public List<Academy.CohortSummary> getCohorts() {
        if (cohorts == null) {
            cohorts = academy.cohorts();
        }
        return cohorts;
    }

    public String getCourseName() {
        return courseName;
    }

    public void setCourseName(String courseName) {
        this.courseName = courseName;
    }

    public String getCourseDescription() {
        return courseDescription;
    }

    public void setCourseDescription(String courseDescription) {
        this.courseDescription = courseDescription;
    }

    public int getSessionCount() {
        return sessionCount;
    }

    public void setSessionCount(int sessionCount) {
        this.sessionCount = sessionCount;
    }

    public int getAttendanceBar() {
        return attendanceBar;
    }

    public void setAttendanceBar(int attendanceBar) {
        this.attendanceBar = attendanceBar;
    }

    public Long getCourseId() {
        return courseId;
    }

    public void setCourseId(Long courseId) {
        this.courseId = courseId;
    }

    public String getCohortName() {
        return cohortName;
    }

    public void setCohortName(String cohortName) {
        this.cohortName = cohortName;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(LocalDate startsOn) {
        this.startsOn = startsOn;
    }
}
