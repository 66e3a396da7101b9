package org.bridgeway.explorer.api;

import jakarta.ejb.Local;
import java.util.List;
import java.util.Optional;

/**
 * Explorer facts other contexts need, without Explorer's permissions: callers check their own (mentorship
 * checks its permissions and that a mentor only sees their own mentees).
 */
@Local
public interface ExplorerDirectory {

    Optional<MenteeCard> mentee(long participantId);

    /** The person's own facts for a referral to recruitment (no guardian or residency data). */
    Optional<RecruitCard> recruitCard(long participantId);

    /** The participant linked to a YOUTH account, if any. */
    Optional<Long> participantOfAccount(long accountId);

    /** Adults attached to the post as advisors. */
    List<Long> advisorsOf(long postId);

    /** Names of posts, in one query. */
    java.util.Map<Long, String> postNames(java.util.Collection<Long> postIds);

    /** Preferred (else given) names of participants, in one query; for screens of people who may see them. */
    java.util.Map<Long, String> menteeNames(java.util.Collection<Long> participantIds);

    /** Every post id (administrators' reports). */
    List<Long> allPosts();

    /** Posts the account coordinates. */
    List<Long> postsCoordinatedBy(long accountId);
}
