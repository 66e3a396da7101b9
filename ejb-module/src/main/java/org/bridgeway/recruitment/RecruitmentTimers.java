package org.bridgeway.recruitment;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import org.bridgeway.identity.api.CurrentUser;
import org.bridgeway.recruitment.api.RecruitmentSessions;

/** Session reminders, on every server every ten minutes; the claim in the query keeps them to one each. */
@Singleton
public class RecruitmentTimers {

    @Inject
    private RecruitmentSessions sessions;

    @Inject
    private CurrentUser currentUser;

    @Schedule(hour = "*", minute = "*/10", persistent = false)
    void remind() {
        currentUser.runAsSystem(sessions::sendDueReminders);
    }
}
