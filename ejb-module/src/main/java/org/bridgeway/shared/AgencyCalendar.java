package org.bridgeway.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Days and months as the agency counts them: in its own time zone (bridgeway.agency.time-zone). A month of
 * attendance, an expiry date and "today" all mean the agency's, whatever zone the server runs in.
 */
@ApplicationScoped
public class AgencyCalendar {

    @Inject
    @ConfigProperty(name = "bridgeway.agency.time-zone", defaultValue = "UTC")
    String zoneName;

    private final Clock clock = Clock.systemUTC();

    public ZoneId zone() {
        return ZoneId.of(zoneName);
    }

    public Instant now() {
        return clock.instant();
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone()));
    }

    public Instant startOf(LocalDate day) {
        return day.atStartOfDay(zone()).toInstant();
    }

    public Instant startOf(YearMonth month) {
        return startOf(month.atDay(1));
    }

    public Instant toInstant(LocalDateTime local) {
        return local.atZone(zone()).toInstant();
    }

    public LocalDateTime toLocal(Instant instant) {
        return LocalDateTime.ofInstant(instant, zone());
    }
}
