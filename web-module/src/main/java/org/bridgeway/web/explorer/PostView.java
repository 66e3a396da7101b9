package org.bridgeway.web.explorer;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.bridgeway.explorer.api.Activities;
import org.bridgeway.explorer.api.ActivityDraft;
import org.bridgeway.explorer.api.ActivityKind;
import org.bridgeway.explorer.api.ActivitySummary;
import org.bridgeway.explorer.api.CohortDraft;
import org.bridgeway.explorer.api.CohortSummary;
import org.bridgeway.explorer.api.ExplorerPosts;
import org.bridgeway.explorer.api.PostDetails;
import org.bridgeway.explorer.api.PostDraft;
import org.bridgeway.identity.api.AccountDirectory;
import org.bridgeway.identity.api.Role;
import org.bridgeway.shared.BusinessException;
import org.bridgeway.web.shell.Messages;

/**
 * explorer/post.xhtml: a new post (administrators) or one post (?id=N) with its policy, coordinators,
 * advisors, cohorts and activities. Holds only the drafts being edited and ids.
 */
@Named
@ViewScoped
public class PostView implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    private ExplorerPosts posts;

    @Inject
    private Activities activities;

    @Inject
    private AccountDirectory directory;

    @Inject
    private org.bridgeway.explorer.api.StandingComputation standing;

    @Inject
    private org.bridgeway.explorer.api.Participants participants;

    private Long id;
    private long version;
    private PostDraft draft = new PostDraft();
    private List<Long> coordinatorIds = new ArrayList<>();
    private CohortDraft cohort = new CohortDraft();
    private ActivityDraft activity = new ActivityDraft();
    private Long advisorId;
    private LocalDate from = LocalDate.now().minusDays(30);
    private LocalDate until = LocalDate.now().plusDays(60);
    private String standingMonth = java.time.YearMonth.now().minusMonths(1).toString();
    private long agencyRuleRefusals;

    public void load() {
        if (id != null && !FacesContext.getCurrentInstance().isPostback()) {
            PostDetails details = posts.getPost(id);
            version = details.version();
            draft = details.draft();
            coordinatorIds = new ArrayList<>(details.coordinators().stream().map(p -> p.accountId()).toList());
            agencyRuleRefusals = participants.countAgencyRuleRefusals(id);
        }
    }

    /** Participants refused by an agency rule of this post (shown with "decide again" when there are any). */
    public long getAgencyRuleRefusals() {
        return agencyRuleRefusals;
    }

    /** Decides again for everyone the agency's rules refused, e.g. after a rule was switched off or removed. */
    public void reassessAgencyRuleRefusals() throws IOException {
        try {
            var result = participants.reassessAgencyRuleRefusals(id);
            Messages.info("explorer.agencyRules.reassessed", result.decided(), result.nowEligible());
        } catch (BusinessException e) {
            Messages.error(e);
            return;
        }
        reopen();
    }

    public PostDetails getDetails() {
        return id == null ? null : posts.getPost(id);
    }

    public void savePost() throws IOException {
        try {
            if (id == null) {
                id = posts.createPost(draft);
            } else {
                posts.updatePost(id, version, draft);
            }
            posts.setCoordinators(id, coordinatorIds);
            Messages.info("explorer.post.saved", draft.getName());
        } catch (BusinessException e) {
            Messages.error(e);
            return;
        }
        reopen();
    }

    public void addCohort() throws IOException {
        try {
            posts.createCohort(id, cohort);
            Messages.info("explorer.cohort.created", cohort.getName());
        } catch (BusinessException e) {
            Messages.error(e);
            return;
        }
        reopen();
    }

    public void attachAdvisor() throws IOException {
        try {
            posts.attachAdvisor(id, advisorId == null ? -1 : advisorId);
            Messages.info("explorer.advisor.attached");
        } catch (BusinessException e) {
            Messages.error(e);
            return;
        }
        reopen();
    }

    public void addActivity() throws IOException {
        try {
            activities.createActivity(id, activity);
            Messages.info("explorer.activity.created", activity.getTitle());
        } catch (BusinessException e) {
            Messages.error(e);
            return;
        }
        reopen();
    }

    /** On demand: the monthly job for one month (members already assessed for it keep their result). */
    public void computeStanding() {
        try {
            var month = java.time.YearMonth.parse(standingMonth == null ? "" : standingMonth.strip());
            int assessed = standing.computeMonth(month);
            Messages.info("explorer.standing.computed", assessed, month.toString());
        } catch (java.time.format.DateTimeParseException e) {
            Messages.error("explorer.reports.monthInvalid");
        } catch (BusinessException e) {
            Messages.error(e);
        }
    }

    public String getStandingMonth() {
        return standingMonth;
    }

    public void setStandingMonth(String standingMonth) {
        this.standingMonth = standingMonth;
    }

    private void reopen() throws IOException {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        external.getFlash().setKeepMessages(true);
        external.redirect(external.getRequestContextPath() + "/explorer/post.xhtml?id=" + id);
    }

    public List<CohortSummary> getCohorts() {
        return id == null ? List.of() : posts.listCohorts(id);
    }

    public List<ActivitySummary> getActivities() {
        return id == null ? List.of() : activities.listActivities(id, from, until);
    }

    public List<AccountDirectory.Entry> getCoordinatorChoices() {
        return directory.enabledWithRole(Role.COORDINATOR);
    }

    public List<AccountDirectory.Entry> getAdvisorChoices() {
        List<AccountDirectory.Entry> adults = new ArrayList<>(directory.enabledWithRole(Role.MENTOR));
        adults.addAll(directory.enabledWithRole(Role.COORDINATOR));
        return adults;
    }

    public ActivityKind[] getActivityKinds() {
        return ActivityKind.values();
    }

    public boolean isNew() {
        return id == null;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public PostDraft getDraft() {
        return draft;
    }

    public List<Long> getCoordinatorIds() {
        return coordinatorIds;
    }

    public void setCoordinatorIds(List<Long> coordinatorIds) {
        this.coordinatorIds = coordinatorIds == null ? new ArrayList<>() : new ArrayList<>(coordinatorIds);
    }

    public CohortDraft getCohort() {
        return cohort;
    }

    public ActivityDraft getActivity() {
        return activity;
    }

    public Long getAdvisorId() {
        return advisorId;
    }

    public void setAdvisorId(Long advisorId) {
        this.advisorId = advisorId;
    }
}
