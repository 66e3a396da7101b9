package org.bridgeway.mentorship.api;

import jakarta.ejb.Local;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Personal iCalendar feeds at a secret, revocable URL. Events carry no names and no addresses: only what it
 * is ("Mentorship session", "Explorer activity"), when, and the kind of place.
 */
@Local
public interface CalendarFeeds {

    /** For the signed-in person: a new random token (the old one stops working). Shown once. */
    String createToken();

    void revoke();

    boolean hasFeed();

    /** Empty for an unknown or revoked token. Checks no permission: the token is the credential. */
    Optional<Feed> feed(String token);

    record Feed(String language, List<Event> events) implements Serializable {
    }

    /** what: "mentorship-session" or "explorer-rsvp"; placeType: a SessionKind name or "EXPLORER_ACTIVITY". */
    record Event(String uid, Instant start, Instant end, String what, String placeType) implements Serializable {
    }
}
