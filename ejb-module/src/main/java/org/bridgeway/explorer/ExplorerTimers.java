package org.bridgeway.explorer;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.YearMonth;
import org.bridgeway.explorer.api.StandingComputation;
import org.bridgeway.identity.api.CurrentUser;
import org.bridgeway.shared.AgencyCalendar;

/**
 * Explorer's scheduled work, on every server: both jobs are safe to run twice or at once (the standing table's
 * key and advisory lock; SKIP LOCKED claims for notices), so no server is special.
 */
@Singleton
public class ExplorerTimers {

    @Inject
    private StandingComputation standing;

    @Inject
    private ConsentRenewalNotices renewalNotices;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private AgencyCalendar calendar;

    /** On the 1st, the month just ended; runs again hourly that day in case a server was down at 01:15. */
    @Schedule(dayOfMonth = "1", hour = "1-23", minute = "15", persistent = false)
    void computeLastMonth() {
        YearMonth lastMonth = YearMonth.from(calendar.today()).minusMonths(1);
        currentUser.runAsSystem(() -> standing.computeMonth(lastMonth));
    }

    @Schedule(hour = "6", minute = "5", persistent = false)
    void sendRenewalNotices() {
        currentUser.runAsSystem(renewalNotices::sendDue);
    }
}
