package org.bridgeway.explorer.api;

import java.io.Serializable;

/** An adult attached to a post; cleared says whether their screening is valid today. */
public record PostPerson(long accountId, String displayName, boolean cleared) implements Serializable {

    public long getAccountId() {
        return accountId;
    }

    public String getDisplayName() {
        return displayName;
    }

    public boolean isCleared() {
        return cleared;
    }
}
