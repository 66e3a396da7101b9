package org.bridgeway.web.community;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bridgeway.identity.api.CurrentUser;
import org.bridgeway.identity.api.Permission;
import org.bridgeway.partners.api.Outreach;
import org.bridgeway.shared.BusinessException;
import org.bridgeway.web.shell.Messages;
import org.bridgeway.web.shell.PagedModel;

/**
 * community/concerns.xhtml: open concerns by community and age, by topic, outreach per community and month, and
 * the open concerns themselves (liaisons update their status and follow-up).
 */
@Named
@ViewScoped
public class ConcernsView implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    private Outreach outreach;

    @Inject
    private CurrentUser currentUser;

    private Long communityFilter;
    private Outreach.ConcernTopic topicFilter;
    /** Status names as chosen on the page (a Map's values reach JSF as plain strings). */
    private final Map<Long, String> statuses = new HashMap<>();
    private final Map<Long, String> followUps = new HashMap<>();
    private final PagedModel<Outreach.ConcernRow> concerns = new PagedModel<>(
            this::loadConcerns, Outreach.ConcernRow::id);

    private transient Outreach.ConcernDashboard dashboard;
    private transient Outreach.OutreachDashboard outreachDashboard;
    private transient List<Outreach.Area> communities;

    private org.bridgeway.shared.Page<Outreach.ConcernRow> loadConcerns(org.bridgeway.shared.PageRequest request) {
        var page = outreach.openConcerns(communityFilter, topicFilter, request);
        for (Outreach.ConcernRow row : page.rows()) {
            statuses.putIfAbsent(row.id(), row.status().name());
            followUps.putIfAbsent(row.id(), row.followUp());
        }
        return page;
    }

    public void update(Outreach.ConcernRow row) {
        try {
            outreach.updateConcern(row.id(), row.version(),
                    Outreach.ConcernStatus.valueOf(statuses.getOrDefault(row.id(), row.status().name())),
                    followUps.getOrDefault(row.id(), row.followUp()));
            Messages.info("outreach.concern.saved");
            statuses.remove(row.id());
            followUps.remove(row.id());
            dashboard = null;
        } catch (BusinessException e) {
            Messages.error(e);
        }
    }

    public Outreach.ConcernDashboard getDashboard() {
        if (dashboard == null) {
            dashboard = outreach.concernDashboard(LocalDate.now());
        }
        return dashboard;
    }

    public Outreach.OutreachDashboard getOutreachDashboard() {
        if (outreachDashboard == null) {
            YearMonth now = YearMonth.now();
            outreachDashboard = outreach.outreachDashboard(now.minusMonths(5), now);
        }
        return outreachDashboard;
    }

    public List<Integer> getCommunityRows() {
        return java.util.stream.IntStream.range(0, getDashboard().communities().size()).boxed().toList();
    }

    public List<Integer> getOutreachRows() {
        return java.util.stream.IntStream.range(0, getOutreachDashboard().communities().size()).boxed().toList();
    }

    public long ageTotal(int row) {
        long total = 0;
        for (long count : getDashboard().byAge()[row]) {
            total += count;
        }
        return total;
    }

    public List<Outreach.Area> getCommunities() {
        if (communities == null) {
            communities = outreach.areas().stream().filter(a -> a.kind() == Outreach.AreaKind.COMMUNITY).toList();
        }
        return communities;
    }

    public boolean isCanUpdate() {
        return currentUser.isPermitted(Permission.COMMUNITY_LIAISON);
    }

    public Outreach.ConcernStatus[] getStatusChoices() {
        return Outreach.ConcernStatus.values();
    }

    public Outreach.ConcernTopic[] getTopics() {
        return Outreach.ConcernTopic.values();
    }

    public PagedModel<Outreach.ConcernRow> getConcerns() {
        return concerns;
    }

    public Map<Long, String> getStatuses() {
        return statuses;
    }

    public Map<Long, String> getFollowUps() {
        return followUps;
    }

    public Long getCommunityFilter() {
        return communityFilter;
    }

    public void setCommunityFilter(Long communityFilter) {
        this.communityFilter = communityFilter;
    }

    public Outreach.ConcernTopic getTopicFilter() {
        return topicFilter;
    }

    public void setTopicFilter(Outreach.ConcernTopic topicFilter) {
        this.topicFilter = topicFilter;
    }
}
