package org.bridgeway.explorer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.bridgeway.identity.api.CurrentUser;
import org.bridgeway.identity.api.Permission;
import org.bridgeway.shared.NotFoundException;

/**
 * Which posts the caller may see: all of them with explorer:configure (administrators, the system), otherwise
 * those they coordinate or advise. Records outside the scope are reported as not found, never as forbidden,
 * so an id in a URL reveals nothing.
 */
@ApplicationScoped
class PostScope {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentUser currentUser;

    boolean seesAllPosts() {
        return currentUser.isPermitted(Permission.EXPLORER_CONFIGURE);
    }

    /** The caller's post ids; only meaningful when {@link #seesAllPosts()} is false. */
    List<Long> visiblePostIds() {
        Long accountId = currentUser.accountId().orElse(-1L);
        @SuppressWarnings("unchecked")
        List<Object> ids = em.createNativeQuery("select post_id from explorer_post_coordinator where account_id = ?1"
                        + " union select post_id from explorer_post_advisor where account_id = ?2")
                .setParameter(1, accountId).setParameter(2, accountId).getResultList();
        return ids.stream().map(o -> ((Number) o).longValue()).toList();
    }

    /** Posts where the caller may change things: coordinated ones (advisors only read). */
    boolean mayChange(long postId) {
        if (seesAllPosts()) {
            return true;
        }
        Long accountId = currentUser.accountId().orElse(-1L);
        return !em.createNativeQuery("select 1 from explorer_post_coordinator where post_id = ?1 and account_id = ?2")
                .setParameter(1, postId).setParameter(2, accountId).getResultList().isEmpty();
    }

    /** @throws NotFoundException unless the caller sees the post */
    void checkVisible(long postId) {
        if (!seesAllPosts() && !visiblePostIds().contains(postId)) {
            throw new NotFoundException();
        }
    }

    /** Requires explorer:write and a post the caller coordinates; others are not found. */
    void checkChangeable(long postId) {
        currentUser.checkPermission(Permission.EXPLORER_WRITE);
        if (!mayChange(postId)) {
            throw new NotFoundException();
        }
    }

    /** Requires explorer:read and a visible post. */
    void checkReadable(long postId) {
        currentUser.checkPermission(Permission.EXPLORER_READ);
        checkVisible(postId);
    }
}
