package org.bridgeway.rest.calendar;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import java.util.ResourceBundle;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Uid;
import org.bridgeway.mentorship.api.CalendarFeeds;

/**
 * GET /api/calendar/{token}.ics — a person's sessions and Explorer activities as iCalendar (ical4j), in their
 * language, with no names and no addresses. An unknown or revoked token is simply not found.
 */
@Path("calendar")
public class CalendarFeedResource {

    @Inject
    private CalendarFeeds feeds;

    @GET
    @Path("{token}.ics")
    public Response feed(@PathParam("token") String token) throws java.io.IOException {
        var feed = feeds.feed(token).orElse(null);
        if (feed == null) {
            return Response.status(Response.Status.NOT_FOUND).build();
        }
        ResourceBundle bundle = ResourceBundle.getBundle("i18n.messages", Locale.forLanguageTag(feed.language()),
                Thread.currentThread().getContextClassLoader());
        Calendar calendar = new Calendar()
                .withProdId("-//Bridgeway//Calendar feed//EN")
                .withDefaults()
                .getFluentTarget();
        for (CalendarFeeds.Event event : feed.events()) {
            VEvent vevent = new VEvent(event.start(), event.end(), bundle.getString("calendar.feed." + event.what()));
            vevent.add(new Uid(event.uid()));
            vevent.add(new Location(bundle.getString("calendar.place." + event.placeType())));
            calendar.add(vevent);
        }
        var out = new java.io.StringWriter();
        new CalendarOutputter().output(calendar, out);
        return Response.ok(out.toString(), "text/calendar; charset=UTF-8")
                .header("Cache-Control", "no-store").build();
    }
}
