package org.bridgeway.mentorship;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.bridgeway.explorer.api.ExplorerDirectory;
import org.bridgeway.explorer.api.MenteeCard;
import org.bridgeway.identity.api.CurrentUser;
import org.bridgeway.identity.api.Permission;
import org.bridgeway.shared.NotFoundException;

/**
 * Who may work with which participant or match: coordinators (mentorship:manage) in the posts they coordinate,
 * administrators everywhere, a mentor (mentorship:mentor) only in their own matches. Anything else is not
 * found.
 */
@ApplicationScoped
class MentorshipScope {

    @Inject
    private CurrentUser currentUser;

    @Inject
    private ExplorerDirectory explorer;

    long callerId() {
        return currentUser.accountId().orElseThrow(NotFoundException::new);
    }

    boolean manages(long postId) {
        if (!currentUser.isPermitted(Permission.MENTORSHIP_MANAGE)) {
            return false;
        }
        // The system principal (timers) and administrators see every post.
        if (currentUser.isPermitted(Permission.EXPLORER_CONFIGURE)) {
            return true;
        }
        return currentUser.accountId().map(id -> explorer.postsCoordinatedBy(id).contains(postId)).orElse(false);
    }

    /** Posts the caller manages (mentorship:manage): administrators every post, coordinators their own. */
    List<Long> managedPosts() {
        currentUser.checkPermission(Permission.MENTORSHIP_MANAGE);
        if (currentUser.isPermitted(Permission.EXPLORER_CONFIGURE)) {
            return explorer.allPosts();
        }
        return currentUser.accountId().map(explorer::postsCoordinatedBy).orElse(List.of());
    }

    /** Requires mentorship:manage for the participant's post. */
    MenteeCard managedMentee(long participantId) {
        currentUser.checkPermission(Permission.MENTORSHIP_MANAGE);
        MenteeCard card = explorer.mentee(participantId).orElseThrow(NotFoundException::new);
        if (!manages(card.postId())) {
            throw new NotFoundException();
        }
        return card;
    }

    /** A coordinator of the match's post, or the match's own mentor. */
    void checkMatch(long postId, long mentorAccountId) {
        if (manages(postId)) {
            return;
        }
        if (currentUser.isPermitted(Permission.MENTORSHIP_MENTOR)
                && currentUser.accountId().map(id -> id == mentorAccountId).orElse(false)) {
            return;
        }
        if (!currentUser.isPermitted(Permission.MENTORSHIP_MANAGE)
                && !currentUser.isPermitted(Permission.MENTORSHIP_MENTOR)) {
            currentUser.checkPermission(Permission.MENTORSHIP_MANAGE);
        }
        throw new NotFoundException();
    }
}
