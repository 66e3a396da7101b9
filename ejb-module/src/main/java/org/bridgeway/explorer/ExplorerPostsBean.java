package org.bridgeway.explorer;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.bridgeway.explorer.api.CohortDraft;
import org.bridgeway.explorer.api.CohortSummary;
import org.bridgeway.explorer.api.ExplorerPosts;
import org.bridgeway.explorer.api.PostDetails;
import org.bridgeway.explorer.api.PostDraft;
import org.bridgeway.explorer.api.PostPerson;
import org.bridgeway.explorer.api.PostSummary;
import org.bridgeway.identity.api.AccountDirectory;
import org.bridgeway.identity.api.CurrentUser;
import org.bridgeway.identity.api.Permission;
import org.bridgeway.identity.api.Role;
import org.bridgeway.identity.api.Screening;
import org.bridgeway.shared.AgencyCalendar;
import org.bridgeway.shared.BusinessException;
import org.bridgeway.shared.ConcurrentChangeException;
import org.bridgeway.shared.NotFoundException;

@Stateless
public class ExplorerPostsBean implements ExplorerPosts {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private PostScope scope;

    @Inject
    private AccountDirectory directory;

    @Inject
    private Screening screening;

    @Inject
    private AgencyCalendar calendar;

    @Inject
    private jakarta.validation.Validator validator;

    @Override
    public List<PostSummary> listPosts() {
        currentUser.checkPermission(Permission.EXPLORER_READ);
        boolean all = scope.seesAllPosts();
        List<Long> visible = all ? List.of() : scope.visiblePostIds();
        if (!all && visible.isEmpty()) {
            return List.of();
        }
        String where = all ? "" : " where p.id in :ids";
        var query = em.createQuery("select p.id, p.name, p.agencyUnit, p.active,"
                + " (select count(m) from Participant m where m.postId = p.id and m.status in"
                + " (org.bridgeway.explorer.api.ParticipantStatus.PROBATION,"
                + " org.bridgeway.explorer.api.ParticipantStatus.ACTIVE,"
                + " org.bridgeway.explorer.api.ParticipantStatus.AT_RISK,"
                + " org.bridgeway.explorer.api.ParticipantStatus.INACTIVE))"
                + " from Post p" + where + " order by p.name", Object[].class);
        if (!all) {
            query.setParameter("ids", visible);
        }
        return query.getResultList().stream().map(r -> new PostSummary((Long) r[0], (String) r[1], (String) r[2],
                ((Number) r[4]).longValue(), (Boolean) r[3])).toList();
    }

    @Override
    public PostDetails getPost(long postId) {
        scope.checkReadable(postId);
        Post post = load(postId);
        var today = calendar.today();
        List<PostPerson> coordinators = people("explorer_post_coordinator", postId, false, today);
        List<PostPerson> advisors = people("explorer_post_advisor", postId, true, today);
        return new PostDetails(post.getId(), post.getVersion(), post.isActive(), post.toDraft(), coordinators,
                advisors);
    }

    private List<PostPerson> people(String table, long postId, boolean withScreening, java.time.LocalDate today) {
        @SuppressWarnings("unchecked")
        List<Object> ids = em.createNativeQuery("select account_id from " + table + " where post_id = ?1")
                .setParameter(1, postId).getResultList();
        List<Long> accountIds = ids.stream().map(o -> ((Number) o).longValue()).toList();
        Map<Long, String> names = directory.displayNames(accountIds);
        List<PostPerson> people = new ArrayList<>();
        for (Long id : accountIds) {
            people.add(new PostPerson(id, names.getOrDefault(id, "#" + id),
                    withScreening && screening.isCleared(id, today)));
        }
        people.sort(java.util.Comparator.comparing(PostPerson::displayName));
        return people;
    }

    @Override
    public long createPost(PostDraft draft) {
        org.bridgeway.shared.Validated.check(validator, draft);
        currentUser.checkPermission(Permission.EXPLORER_CONFIGURE);
        checkNameFree(draft.getName(), null);
        var post = new Post(draft, calendar.now());
        em.persist(post);
        em.flush();
        return post.getId();
    }

    @Override
    public void updatePost(long postId, long version, PostDraft draft) {
        org.bridgeway.shared.Validated.check(validator, draft);
        currentUser.checkPermission(Permission.EXPLORER_CONFIGURE);
        Post post = load(postId);
        if (post.getVersion() != version) {
            throw new ConcurrentChangeException();
        }
        checkNameFree(draft.getName(), postId);
        post.apply(draft, calendar.now());
    }

    private void checkNameFree(String name, Long exceptId) {
        boolean taken = em.createQuery("select count(p) from Post p where lower(p.name) = :name and p.id <> :id",
                        Long.class)
                .setParameter("name", name.strip().toLowerCase(java.util.Locale.ROOT))
                .setParameter("id", exceptId == null ? -1L : exceptId)
                .getSingleResult() > 0;
        if (taken) {
            throw new BusinessException("explorer.error.postNameTaken");
        }
    }

    @Override
    public void setCoordinators(long postId, List<Long> accountIds) {
        currentUser.checkPermission(Permission.EXPLORER_CONFIGURE);
        load(postId);
        var distinct = new LinkedHashSet<>(accountIds);
        for (Long id : distinct) {
            var entry = directory.byId(id).orElseThrow(NotFoundException::new);
            if (!entry.roles().contains(Role.COORDINATOR) || !entry.enabled()) {
                throw new BusinessException("explorer.error.notCoordinator", entry.displayName());
            }
        }
        em.createNativeQuery("delete from explorer_post_coordinator where post_id = ?1").setParameter(1, postId)
                .executeUpdate();
        for (Long id : distinct) {
            em.createNativeQuery("insert into explorer_post_coordinator (post_id, account_id) values (?1, ?2)")
                    .setParameter(1, postId).setParameter(2, id).executeUpdate();
        }
    }

    @Override
    public void attachAdvisor(long postId, long accountId) {
        scope.checkChangeable(postId);
        var entry = directory.byId(accountId).filter(e -> e.enabled()).orElseThrow(NotFoundException::new);
        if (!screening.isCleared(accountId, calendar.today())) {
            throw new BusinessException("explorer.error.advisorNotCleared", entry.displayName());
        }
        em.createNativeQuery("insert into explorer_post_advisor (post_id, account_id, attached_at)"
                        + " values (?1, ?2, now()) on conflict do nothing")
                .setParameter(1, postId).setParameter(2, accountId).executeUpdate();
    }

    @Override
    public void detachAdvisor(long postId, long accountId) {
        scope.checkChangeable(postId);
        em.createNativeQuery("delete from explorer_post_advisor where post_id = ?1 and account_id = ?2")
                .setParameter(1, postId).setParameter(2, accountId).executeUpdate();
    }

    @Override
    public long createCohort(long postId, CohortDraft draft) {
        org.bridgeway.shared.Validated.check(validator, draft);
        scope.checkChangeable(postId);
        if (draft.getEndsOn().isBefore(draft.getStartsOn())) {
            throw new BusinessException("explorer.validation.endBeforeStart");
        }
        boolean taken = em.createQuery("select count(c) from Cohort c where c.postId = :post and lower(c.name) = :name",
                        Long.class).setParameter("post", postId)
                .setParameter("name", draft.getName().strip().toLowerCase(java.util.Locale.ROOT))
                .getSingleResult() > 0;
        if (taken) {
            throw new BusinessException("explorer.error.cohortNameTaken");
        }
        var cohort = new Cohort(postId, draft);
        em.persist(cohort);
        em.flush();
        return cohort.getId();
    }

    @Override
    public List<CohortSummary> listCohorts(long postId) {
        scope.checkReadable(postId);
        return em.createQuery("select c.id, c.postId, c.name, c.startsOn, c.endsOn,"
                        + " (select count(m) from Participant m where m.cohortId = c.id)"
                        + " from Cohort c where c.postId = :post order by c.startsOn desc, c.name", Object[].class)
                .setParameter("post", postId).getResultList().stream()
                .map(r -> new CohortSummary((Long) r[0], ((Number) r[1]).longValue(), (String) r[2],
                        (java.time.LocalDate) r[3], (java.time.LocalDate) r[4], ((Number) r[5]).longValue()))
                .toList();
    }

    Post load(long postId) {
        Post post = em.find(Post.class, postId);
        if (post == null) {
            throw new NotFoundException();
        }
        return post;
    }
}
