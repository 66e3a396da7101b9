package org.bridgeway.explorer.api;

import jakarta.ejb.Local;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * Posts and cohorts. Administrators (explorer:configure) see every post; coordinators and advisors only the
 * posts they are assigned to — any other post id is not found.
 */
@Local
public interface ExplorerPosts {

    /** explorer:read; the caller's posts. */
    List<PostSummary> listPosts();

    /** explorer:read; not found outside the caller's posts. */
    PostDetails getPost(long postId);

    /** explorer:configure. */
    long createPost(@NotNull @Valid PostDraft draft);

    /** explorer:configure; optimistic: a stale version fails with a concurrent-change error. */
    void updatePost(long postId, long version, @NotNull @Valid PostDraft draft);

    /** explorer:configure; the accounts must hold the COORDINATOR role. */
    void setCoordinators(long postId, List<Long> accountIds);

    /** explorer:write; only an adult whose youth-protection training and background check are both valid. */
    void attachAdvisor(long postId, long accountId);

    /** explorer:write. */
    void detachAdvisor(long postId, long accountId);

    /** explorer:write. */
    long createCohort(long postId, @NotNull @Valid CohortDraft draft);

    /** explorer:read. */
    List<CohortSummary> listCohorts(long postId);
}
