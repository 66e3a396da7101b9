package org.bridgeway.explorer.api;

import java.io.Serializable;
import java.util.List;

/** A post with its people: coordinators and advisors by account id and display name. */
public record PostDetails(long id, long version, boolean active, PostDraft draft, List<PostPerson> coordinators,
        List<PostPerson> advisors) implements Serializable {

    public long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public PostDraft getDraft() {
        return draft;
    }

    public List<PostPerson> getCoordinators() {
        return coordinators;
    }

    public List<PostPerson> getAdvisors() {
        return advisors;
    }
}
