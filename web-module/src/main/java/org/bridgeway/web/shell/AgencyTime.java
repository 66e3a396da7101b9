package org.bridgeway.web.shell;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Times as the agency reads them: in its own time zone (bridgeway.agency.time-zone), in the viewer's language. */
@Named
@ApplicationScoped
public class AgencyTime {

    @Inject
    @ConfigProperty(name = "bridgeway.agency.time-zone", defaultValue = "UTC")
    String zone;

    public ZoneId zone() {
        return ZoneId.of(zone);
    }

    public String format(Instant instant) {
        if (instant == null) {
            return "";
        }
        var locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(locale).withZone(zone())
                .format(instant);
    }

    /** The first instant of a local date in the agency's zone. */
    public Instant startOf(LocalDate date) {
        return date == null ? null : date.atStartOfDay(zone()).toInstant();
    }
}
