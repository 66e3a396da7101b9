package org.bridgeway.explorer.api;

import jakarta.ejb.Local;

/** A YOUTH account's own record (explorer:self): schedule, RSVPs, attendance, hours and standing. */
@Local
public interface YouthSelfService {

    YouthOverview overview();

    /** Says yes to an activity: must be invited, a member, consented (ride-alongs too), with room left. */
    void rsvp(long activityId);

    void withdrawRsvp(long activityId);
}
