package org.bridgeway.explorer.api;

import java.io.Serializable;

public record PostSummary(long id, String name, String agencyUnit, long members, boolean active)
        implements Serializable {

    public long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getAgencyUnit() {
        return agencyUnit;
    }

    public long getMembers() {
        return members;
    }

    public boolean isActive() {
        return active;
    }
}
