package org.bridgeway.web.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.bridgeway.mentorship.api.CalendarFeeds;
import org.bridgeway.web.shell.Messages;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** account/calendar.xhtml: create (shown once) or revoke one's private iCalendar link. */
@Named
@RequestScoped
public class CalendarFeedView {

    @Inject
    private CalendarFeeds feeds;

    @Inject
    @ConfigProperty(name = "bridgeway.public-url", defaultValue = "http://localhost:28080/bridgeway")
    private String publicUrl;

    private String createdUrl;

    public void create() {
        String token = feeds.createToken();
        createdUrl = publicUrl.replaceAll("/+$", "") + "/api/calendar/" + token + ".ics";
        Messages.info("calendarFeed.created");
    }

    public void revoke() {
        feeds.revoke();
        Messages.info("calendarFeed.revoked");
    }

    public boolean isActive() {
        return feeds.hasFeed();
    }

    public String getCreatedUrl() {
        return createdUrl;
    }
}
