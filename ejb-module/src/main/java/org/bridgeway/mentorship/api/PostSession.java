package org.bridgeway.mentorship.api;

import java.io.Serializable;
import java.time.Instant;

/** A session as a coordinator sees it on the posts calendar: who meets whom, when, of which kind. */
public record PostSession(long id, long postId, String menteeName, String mentorName, SessionKind kind,
        Instant startsAt, Instant endsAt, SessionStatus status) implements Serializable {
}
